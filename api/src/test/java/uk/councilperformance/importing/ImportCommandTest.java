package uk.councilperformance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import uk.councilperformance.Cli;
import uk.councilperformance.TestData;

/**
 * The officer's `cpt import` against a real SQLite file: a dry run changes nothing, an import then a re-import
 * stores once, a hand-checked file is not overwritten, and a corrupt file is refused with file:line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportCommandTest {

    private static final String Q1_TEXT = "004_0db5488618e439d2.txt";
    private static final String Q1_SLUG = "2019-09-19-cabinet-q1-2019-20";

    @TempDir
    static Path work;

    private Path data;
    private Path database;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    void dataWithoutTheQ1Report() throws Exception {
        // The bundled data less the Q1 2019/20 report file, as if that report had just arrived.
        data = work.resolve("data");
        TestData.copy(data);
        Files.delete(data.resolve("reports").resolve(Q1_SLUG + ".yaml"));
        database = work.resolve("var").resolve("council.db");
        Run build = cpt("db", "build", "--data", data.toString(), "--database", database.toString());
        assertThat(build.code()).as(build.err()).isZero();
    }

    @Test
    void everyCommandHasHelp() {
        Run help = cpt("import", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--dry-run").contains("--data").contains("--database").contains("--replace");
    }

    @Test
    @Order(1)
    void aDryRunShowsWhatWouldBeAddedAndChangesNoByte() throws Exception {
        byte[] before = Files.readAllBytes(database);
        Run run = cpt("import", data.resolve("sources").resolve(Q1_TEXT).toString(), "--dry-run", "--data", data.toString(),
                "--database", database.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Report " + Q1_SLUG + ": Quarter 1 Performance Report 2019/20 (Cabinet, 2019-09-19)")
                .contains("Added: 4 plans").contains("Warnings (10)")
                .contains("data/sources/" + Q1_TEXT + ":284:110: one Milestone(s) cell holds 2 milestones")
                .contains("data/sources/" + Q1_TEXT + ":253: the summary table counts 12 rated actions in Q1")
                .contains("Dry run: nothing was changed.");
        assertThat(Files.readAllBytes(database)).isEqualTo(before);
        assertThat(data.resolve("reports").resolve(Q1_SLUG + ".yaml")).doesNotExist();
    }

    @Test
    @Order(2)
    void importThenReimportStoresOnceAndTheLaterReportShowsRevisions() throws Exception {
        Path text = data.resolve("sources").resolve(Q1_TEXT);
        Run first = cpt("import", text.toString(), "--data", data.toString(), "--database", database.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Stored: " + Q1_SLUG + " added");
        assertThat(first.err()).contains("Reading").contains("Storing");
        Path written = data.resolve("reports").resolve(Q1_SLUG + ".yaml");
        assertThat(Files.readString(written)).contains("method: \"importer\"").contains("Q1: \"272,181\"");
        byte[] after = Files.readAllBytes(database);

        Run again = cpt("import", text.toString(), "--data", data.toString(), "--database", database.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("Changed: nothing").contains("Nothing changed: " + Q1_SLUG + " is already stored exactly as this.");
        assertThat(Files.readAllBytes(database)).isEqualTo(after);

        // The Q2 update restates Q1 figures; where it prints them differently, the dry run says so.
        Run q2 = cpt("import", data.resolve("sources").resolve("000_5d1cccfecc00889b.txt").toString(), "--dry-run",
                "--data", data.toString(), "--database", database.toString());
        assertThat(q2.code()).as(q2.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(q2.out()).contains("Revised: ")
                .contains("Number of Community Protection Notices (CPNs) issued – LAST_YEAR_OUTTURN: \"N/A\" (" + Q1_SLUG + ") is now \"9\"");
        assertThat(q2.err()).contains("was checked by hand").contains("--replace");
        assertThat(Files.readAllBytes(database)).isEqualTo(after);
    }

    @Test
    @Order(3)
    void aReportFileCanBeImportedIntoANewDatabase() {
        Path fresh = work.resolve("fresh").resolve("council.db");
        Run run = cpt("import", data.resolve("reports").resolve(Q1_SLUG + ".yaml").toString(), "--data", data.toString(),
                "--database", fresh.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Stored: " + Q1_SLUG + " added");
    }

    @Test
    @Order(4)
    void aDryRunOfAnEditedReportFileSaysWhatWouldChangeInTheDatabase() throws Exception {
        // As docs/importing.md step 5 has it: the officer corrects the report file in data/ itself, then dry-runs it.
        Path file = data.resolve("reports").resolve(Q1_SLUG + ".yaml");
        Run same = cpt("import", file.toString(), "--dry-run", "--data", data.toString(), "--database", database.toString());
        assertThat(same.code()).as(same.err()).isZero();
        assertThat(same.out()).contains("In the database: no figure or rating of this report would change.");

        String text = Files.readString(file);
        assertThat(text).contains("Q1: \"272,181\"").contains("Q1: \"√\"");
        Files.writeString(file, text.replaceFirst("Q1: \"272,181\"", "Q1: \"272,182\"").replaceFirst("Q1: \"√\"", "Q1: \"✗\""));
        byte[] before = Files.readAllBytes(database);
        Run dry = cpt("import", file.toString(), "--dry-run", "--data", data.toString(), "--database", database.toString());
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("In the database, 2 figure(s) or rating(s) of this report would change:")
                .contains("Q1: \"272,181\" would become \"272,182\"").contains("Q1: \"√\" would become \"✗\"")
                .contains("Dry run: nothing was changed.");
        assertThat(Files.readAllBytes(database)).isEqualTo(before);

        Run imported = cpt("import", file.toString(), "--data", data.toString(), "--database", database.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Stored: " + Q1_SLUG + " replaced");
        Run after = cpt("import", file.toString(), "--dry-run", "--data", data.toString(), "--database", database.toString());
        assertThat(after.out()).contains("In the database: no figure or rating of this report would change.");
    }

    @Test
    void aCorruptReportFileIsRefusedWithFileAndLineAndChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(database);
        Path bad = work.resolve("corrected.yaml");
        String good = Files.readString(TestData.directory().resolve("reports").resolve(Q1_SLUG + ".yaml"));
        int at = good.indexOf("frequency: \"Q\"");
        Files.writeString(bad, good.substring(0, at) + "frequency: \"M\"" + good.substring(at + "frequency: \"Q\"".length()));
        int line = (int) good.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        Run run = cpt("import", bad.toString(), "--data", data.toString(), "--database", database.toString());
        assertThat(run.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains("corrected.yaml:" + line + ":").contains("frequency: expected Q (quarterly) or A (annual)")
                .contains("Nothing was changed.");
        assertThat(Files.readAllBytes(database)).isEqualTo(before);

        Path binary = work.resolve("garbage.txt");
        Files.write(binary, "Appendix 1\n\nsome text\n\0\0\0".getBytes(StandardCharsets.UTF_8));
        Run text = cpt("import", binary.toString(), "--data", data.toString(), "--database", database.toString());
        assertThat(text.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(text.err()).contains("garbage.txt:4: contains binary data");
        assertThat(Files.readAllBytes(database)).isEqualTo(before);
        assertThat(data.resolve("sources").resolve("garbage.txt")).doesNotExist();
    }

    private static Run cpt(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

}
