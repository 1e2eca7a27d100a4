package uk.councilperformance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.councilperformance.publishing.PublisherApplication;

/** The soak command runs end to end at tiny settings and writes its table; no timing is asserted. */
class SoakCommandTest {

    @TempDir
    Path work;

    @Test
    void runsTheMixAndTheAbusesAndReportsEveryCheck() throws Exception {
        Path out = work.resolve("soak.md");
        StringWriter stdout = new StringWriter();
        int code = PublisherApplication.run(new PrintWriter(stdout), new PrintWriter(new StringWriter()), "bench", "soak",
                "--seconds", "4", "--clients", "2", "--sample-seconds", "1", "--data", Path.of("..", "data").toString(),
                "--out", out.toString());
        String report = Files.readString(out);
        assertThat(report).contains("| plan-page |").contains("| search |")
                .contains("| No normal request fails | 0 errors | **met** |")
                .containsPattern("\\| Every abusive query is refused with a clear GraphQL error \\| ([1-9][0-9]*) of \\1 \\| \\*\\*met\\*\\* \\|");
        assertThat(report.lines().filter(l -> l.matches("\\| \\d+ \\| \\d+ \\|")).count()).isGreaterThanOrEqualTo(2);
        assertThat(code).isIn(0, 1); // memory flatness over 4 s is noise; the real run is minutes long
    }
}
