package uk.councilperformance.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.councilperformance.Cli;
import uk.councilperformance.DatabaseDigest;
import uk.councilperformance.TestData;
import uk.councilperformance.benchmark.SyntheticReports;

/** `db backup` and `db restore`: a backup restores the database exactly; a bad backup changes nothing. */
class BackupTest {

    @TempDir
    Path work;

    @Test
    void aBackupRestoresTheDatabaseExactly() throws Exception {
        Path database = work.resolve("council.db");
        assertThat(cpt("db", "build", "--data", TestData.directory().toString(), "--database", database.toString())).isZero();
        String original = DatabaseDigest.of(database);
        Path backup = work.resolve("backups/council-backup.db");
        assertThat(cpt("db", "backup", "--database", database.toString(), backup.toString())).isZero();

        Path synthetic = work.resolve("synthetic");
        SyntheticReports.write(synthetic, TestData.directory().resolve("rating-schemes.yaml"), 1, 1, 3);
        assertThat(cpt("db", "build", "--data", synthetic.toString(), "--database", database.toString())).isZero();
        assertThat(DatabaseDigest.of(database)).isNotEqualTo(original);

        assertThat(cpt("db", "restore", "--database", database.toString(), backup.toString())).isZero();
        assertThat(DatabaseDigest.of(database)).isEqualTo(original);
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndChangesNothing() throws Exception {
        Path database = work.resolve("council.db");
        assertThat(cpt("db", "build", "--data", TestData.directory().toString(), "--database", database.toString())).isZero();
        String original = DatabaseDigest.of(database);
        Path junk = Files.writeString(work.resolve("junk.db"), "this is not a database");
        assertThat(cpt("db", "restore", "--database", database.toString(), junk.toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(cpt("db", "restore", "--database", database.toString(), work.resolve("missing.db").toString()))
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(DatabaseDigest.of(database)).isEqualTo(original);
    }

    private static int cpt(String... args) {
        return Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
    }
}
