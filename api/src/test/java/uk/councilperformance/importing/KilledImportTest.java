package uk.councilperformance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.councilperformance.Cli;
import uk.councilperformance.CouncilPerformanceApplication;
import uk.councilperformance.DatabaseDigest;
import uk.councilperformance.TestData;
import uk.councilperformance.benchmark.SyntheticReports;
import uk.councilperformance.database.SqliteUrls;

/** kill -9 in the middle of an import leaves the database exactly as it was before the import. */
class KilledImportTest {

    @TempDir
    Path work;

    @Test
    void aKilledImportLeavesTheDatabaseAsBefore() throws Exception {
        Path database = work.resolve("council.db");
        assertThat(Cli.run(new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()),
                "db", "build", "--data", TestData.directory().toString(), "--database", database.toString())).isZero();
        String before = DatabaseDigest.of(database);

        Path big = work.resolve("synthetic");
        SyntheticReports.write(big, TestData.directory().resolve("rating-schemes.yaml"), 6, 3, 7);
        Process build = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                CouncilPerformanceApplication.class.getName(), "db", "build", "--data", big.toString(),
                "--database", database.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(build.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("report files checked")) {
                // Wait until checking is done and storing has begun.
            }
            assertThat(line).as("the build reached the storing stage").isNotNull();
            Thread.sleep(1500);
            assertThat(build.isAlive()).as("still storing when killed (make the synthetic data larger)").isTrue();
            build.destroyForcibly();
            assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(DatabaseDigest.of(database)).isEqualTo(before);
        try (Connection c = DriverManager.getConnection(SqliteUrls.of(database));
             ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

}
