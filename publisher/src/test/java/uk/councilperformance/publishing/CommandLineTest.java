package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product's command line. A command line that names a command builds that command alone, so these check
 * that help still lists every command and that each named command, and a command added under another, still runs.
 */
class CommandLineTest {

    private record Run(int code, String out, String err) {
    }

    private static Run cpt(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PublisherApplication.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommand() {
        for (String[] args : new String[][] {{"--help"}, {"help"}}) {
            Run run = cpt(args);
            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("Usage: cpt").contains("  db ", "  import ", "  officer ", "  serve ", "  bench ",
                    "  help ", "  preview ", "  publish ", "  start ");
        }
    }

    @Test
    void eachNamedCommandRunsWithItsOwnHelp() {
        assertThat(cpt("help", "publish").out()).contains("Usage: cpt publish");
        assertThat(cpt("publish", "--help").out()).contains("Usage: cpt publish").contains("--all-councils");
        assertThat(cpt("start", "--help").out()).contains("Usage: cpt start").doesNotContain("stop-when-published");
        assertThat(cpt("bench", "run", "--help").out()).contains("Usage: cpt bench run");
        assertThat(cpt("bench", "--help").out()).contains("generate", "run", "soak");
        assertThat(cpt("db", "--help").out()).contains("build", "backup", "restore");
    }

    @Test
    void aMistypedCommandIsNamedWithTheNearestOne() {
        Run run = cpt("pubish");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument at index 0: 'pubish'").contains("cpt publish");
    }

    /** How cpt trains its class-data archive: the main job, stopping once the site is published. */
    @Test
    void startCanStopOnceTheSiteIsPublished(@TempDir Path dir) {
        Run run = cpt("start", "--port", "0", "--site-port", "0", "--stop-when-published", "--data",
                BundledData.directory().toString(), "--database", dir.resolve("var/council.db").toString(), "--out",
                dir.resolve("site").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("reports added").contains("Published").doesNotContain("Press Ctrl-C");
        assertThat(Files.isRegularFile(dir.resolve("site/index.html"))).isTrue();
        assertThat(uk.councilperformance.Cli.isServing()).isFalse();
    }
}
