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
        assertThat(run.out()).contains("0 added, 0 replaced, 4 unchanged");
        assertThat(DatabaseDigest.of(database)).isEqualTo(before);
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
