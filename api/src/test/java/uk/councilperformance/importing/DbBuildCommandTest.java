package uk.councilperformance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import uk.councilperformance.Cli;
import uk.councilperformance.DatabaseDigest;
import uk.councilperformance.TestData;

/**
 * The officer's command: `cpt db build` builds the database from data/, and a file with a mistake in it
 * gets an error naming file, line and field, with the database left exactly as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DbBuildCommandTest {

    private static final String Q1_2019 = "2019-09-19-cabinet-q1-2019-20.yaml";

    @TempDir
    static Path work;

    private Path database;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    void buildTheBundledData() throws Exception {
        database = work.resolve("db").resolve("council.db");
        Run run = cpt("db", "build", "--data", TestData.directory().toString(), "--database", database.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("4 report files checked").contains("4 added");
    }

    @Test
    void buildingAgainFromTheSameFilesChangesNothing() throws Exception {
        String before = DatabaseDigest.of(database);
        Run run = cpt("db", "build", "--data", TestData.directory().toString(), "--database", database.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("0 added, 0 replaced, 4 unchanged")
                .contains("4 report files checked: 0 read, 4 not read again");
        assertThat(DatabaseDigest.of(database)).isEqualTo(before);
    }

    /**
     * After one figure changes, the build reads that council's files alone, and leaves the database exactly as reading
     * every file would have: the same rows, compared with a copy of the database built from the same folder by a
     * full read.
     */
    @Test
    void aChangedFileIsReadWithItsCouncilsOthersAndTheResultIsThatOfAFullRead() throws Exception {
        Path data = copyOfData("kept-two-councils");
        uk.councilperformance.benchmark.SyntheticReports.write(data, data.resolve("rating-schemes.yaml"), 1, 1, 7);
        Path incremental = work.resolve("kept-two-councils").resolve("incremental.db");
        Run first = cpt("db", "build", "--data", data.toString(), "--database", incremental.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("8 report files checked.").contains("8 added");
        Path full = work.resolve("kept-two-councils").resolve("full.db");
        uk.councilperformance.database.SqliteBackup.backup(incremental, full);

        Path file = data.resolve("reports").resolve(Q1_2019);
        String text = Files.readString(file);
        String figure = "Q1: \"12.7% (measure Jul 2019)\"";
        assertThat(text).contains(figure);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(figure), "Q1: \"12.8% (measure Jul 2019)\""));

        Run second = cpt("db", "build", "--data", data.toString(), "--database", incremental.toString());
        assertThat(second.code()).as(second.err()).isZero();
        // The bundled council's four files are read; the synthetic council's four are not.
        assertThat(second.out()).contains("8 report files checked: 4 read, 4 not read again").contains("0 added, 1 replaced, 7 unchanged");
        try (var context = DbCommand.context(full)) {
            DatasetLoader.Result result = context.getBean(DatasetLoader.class).load(Dataset.read(data));
            assertThat(result.read()).isEqualTo(8);
            assertThat(result.count(ReportStore.Outcome.REPLACED)).isEqualTo(1);
        }
        assertThat(DatabaseDigest.ofData(incremental)).isEqualTo(DatabaseDigest.ofData(full));
    }

    @Test
    void everyFileIsReadAgainAfterTheRatingSchemesOrItsSourceTextChange() throws Exception {
        Path data = copyOfData("kept-schemes");
        Path db = work.resolve("kept-schemes").resolve("council.db");
        assertThat(cpt("db", "build", "--data", data.toString(), "--database", db.toString()).code()).isZero();
        assertThat(cpt("db", "build", "--data", data.toString(), "--database", db.toString()).out()).contains("0 read, 4 not read again");

        // A comment changes no scheme, but the files were checked against other bytes.
        Files.writeString(data.resolve("rating-schemes.yaml"), "# reviewed\n", java.nio.file.StandardOpenOption.APPEND);
        Run afterSchemes = cpt("db", "build", "--data", data.toString(), "--database", db.toString());
        assertThat(afterSchemes.out()).contains("4 report files checked.").contains("0 added, 0 replaced, 4 unchanged");
        assertThat(cpt("db", "build", "--data", data.toString(), "--database", db.toString()).out()).contains("0 read, 4 not read again");

        // A changed source text is the report's new source: read, and the report replaced.
        String sourceFile = Dataset.read(data).reports().get(0).file().report().sourceFile();
        Files.writeString(data.resolve(sourceFile), "\n", java.nio.file.StandardOpenOption.APPEND);
        Run afterSource = cpt("db", "build", "--data", data.toString(), "--database", db.toString());
        assertThat(afterSource.out()).contains("4 report files checked.").contains("1 replaced");
    }

    @Test
    void aCheckByAnotherBuildIsNotTrusted() throws Exception {
        Path db = work.resolve("kept-other-build").resolve("council.db");
        Path data = TestData.directory();
        assertThat(cpt("db", "build", "--data", data.toString(), "--database", db.toString()).code()).isZero();
        try (var c = java.sql.DriverManager.getConnection(uk.councilperformance.database.SqliteUrls.of(db));
             var s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE report SET checked_with = 'rating-schemes x; importer 2026-01-01T00:00:00Z'")).isEqualTo(4);
        }
        Run run = cpt("db", "build", "--data", data.toString(), "--database", db.toString());
        assertThat(run.out()).contains("4 report files checked.").contains("0 added, 0 replaced, 4 unchanged");
        // Read by this build, they are trusted by the next.
        assertThat(cpt("db", "build", "--data", data.toString(), "--database", db.toString()).out()).contains("0 read, 4 not read again");
    }

    @Test
    void aMisspeltFrequencyIsReportedWithFileLineAndFieldAndChangesNothing() throws Exception {
        Path data = copyOfData("bad-frequency");
        Path file = data.resolve("reports").resolve(Q1_2019);
        String text = Files.readString(file);
        int at = text.indexOf("frequency: \"Q\"");
        assertThat(at).isPositive();
        Files.writeString(file, text.substring(0, at) + "frequency: \"M\"" + text.substring(at + "frequency: \"Q\"".length()));
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        assertFailsWithoutChange(data, "reports/" + Q1_2019 + ":" + line + ":", "frequency: expected Q (quarterly) or A (annual), not \"M\"");
    }

    @Test
    void anUnknownRatingSymbolIsReported() throws Exception {
        Path data = copyOfData("bad-rating");
        Path file = data.resolve("reports").resolve(Q1_2019);
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("Q1: \"Δ\"", "Q1: \"§\""));
        assertFailsWithoutChange(data, "reports/" + Q1_2019 + ":", ".ratings.Q1: \"§\" is not a rating symbol");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() throws Exception {
        Path data = copyOfData("bad-yaml");
        Path file = data.resolve("reports").resolve(Q1_2019);
        Files.writeString(file, Files.readString(file) + "\n  - key: [unclosed\n");
        assertFailsWithoutChange(data, "reports/" + Q1_2019 + ":", "is not valid YAML");
    }

    @Test
    void aMisspeltKeyIsNotSilentlyDropped() throws Exception {
        Path data = copyOfData("bad-key");
        Path file = data.resolve("reports").resolve(Q1_2019);
        Files.writeString(file, Files.readString(file).replaceFirst("lastYearOutturn:", "lastYearOuturn:"));
        assertFailsWithoutChange(data, "reports/" + Q1_2019 + ":", "lastYearOuturn: unknown key");
    }

    @Test
    void aFileThatIsNotUtf8IsReported() throws Exception {
        Path data = copyOfData("bad-encoding");
        Path file = data.resolve("reports").resolve(Q1_2019);
        // An en dash as Windows-1252 writes it (0x96): not UTF-8.
        byte[] cp1252Line = "# figures for 2019\u0096 20\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, cp1252Line, java.nio.file.StandardOpenOption.APPEND);
        assertFailsWithoutChange(data, "reports/" + Q1_2019 + ":", "is not valid UTF-8");
    }

    @Test
    void aFailedBuildOnANewPathLeavesNoDatabaseBehind() throws Exception {
        Path data = copyOfData("bad-on-new-path");
        Path file = data.resolve("reports").resolve(Q1_2019);
        Files.writeString(file, Files.readString(file).replaceFirst("lastYearOutturn:", "lastYearOuturn:"));
        Path fresh = work.resolve("fresh").resolve("council.db");
        Run run = cpt("db", "build", "--data", data.toString(), "--database", fresh.toString());
        assertThat(run.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains("lastYearOuturn: unknown key");
        try (var left = Files.list(fresh.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).isEmpty();
        }
        // With the file put right, the same path builds.
        Files.writeString(file, Files.readString(file).replaceFirst("lastYearOuturn:", "lastYearOutturn:"));
        assertThat(cpt("db", "build", "--data", data.toString(), "--database", fresh.toString()).out()).contains("4 added");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : new String[][] {{"--help"}, {"db", "--help"}, {"db", "build", "--help"}, {"serve", "--help"}}) {
            Run run = cpt(args);
            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("Usage:");
        }
        assertThat(cpt("db", "build", "--no-such-option").code()).isNotZero();
    }

    private void assertFailsWithoutChange(Path data, String location, String problem) throws Exception {
        String before = DatabaseDigest.of(database);
        Run run = cpt("db", "build", "--data", data.toString(), "--database", database.toString());
        assertThat(run.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains(location).contains(problem).contains("Nothing was changed")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(DatabaseDigest.of(database)).isEqualTo(before);
    }

    private Path copyOfData(String name) {
        return TestData.copy(work.resolve(name).resolve("data"));
    }

    private static Run cpt(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
