package uk.councilperformance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.councilperformance.publishing.PublisherApplication;

/** The bench end to end at the smallest settings: the table is complete and its figures are figures. No timings are judged. */
class BenchRunTest {

    private static final String NUMBER = "\\d[\\d,]*(\\.\\d+)?";

    @TempDir
    Path temp;

    @Test
    void writesARowPerQueryWithNumbersAndCountsStatements() throws Exception {
        Path out = temp.resolve("performance.md");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = PublisherApplication.run(new PrintWriter(stdout), new PrintWriter(stderr), "bench", "run",
                "--sizes", "1", "--clients", "1", "--seconds", "1", "--warmup-seconds", "0", "--publisher-sizes", "1",
                "--data", System.getProperty("council.data", "../data"), "--out", out.toString());
        assertThat(code).as(stderr.toString()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(stdout.toString()).contains(lines.get(0));

        for (String cache : List.of("on", "off")) {
            for (JournalistQuery query : JournalistQuery.mix()) {
                String what = query.name() + ", cache " + cache;
                List<String[]> rows = rows(lines, "| 1× | " + cache + " | 1 | " + query.name() + " |");
                assertThat(rows).as(what).hasSize(1);
                String[] row = rows.get(0);
                // Requests, errors, req/s, p50, p95, p99, statements, variable sets.
                assertThat(Arrays.copyOfRange(row, 4, 12)).as(what).allMatch(cell -> cell.matches(NUMBER));
                assertThat(Integer.parseInt(row[4])).as(what + " requests").isPositive();
                assertThat(row[5]).as(what + " errors").isEqualTo("0");
                long statements = Long.parseLong(row[10]);
                if (cache.equals("on")) {
                    // A kept answer costs one read of the data version.
                    assertThat(statements).as(what + " statements per request").isEqualTo(1);
                } else {
                    assertThat(statements).as(what + " statements per request").isGreaterThan(1);
                }
                int variableSets = Integer.parseInt(row[11].replace(",", ""));
                if (cache.equals("off")) {
                    assertThat(variableSets).as(what + ": asked with its file's variables only").isEqualTo(1);
                } else if (query.variables().containsKey("plan") || query.variables().containsKey("text")) {
                    // The bundled data has several plans and indicators, so these are asked about each of them.
                    assertThat(variableSets).as(what + ": asked about the whole data set").isGreaterThan(1);
                } else {
                    assertThat(variableSets).as(what + ": the bundled data has one council").isEqualTo(1);
                }
            }
            // Size, cache, clients, requests, SQL statements, statements/request: every statement the run cost.
            List<String[]> run = rows(lines, "| 1× | " + cache + " | 1 | ").stream().filter(r -> r.length == 6).toList();
            assertThat(run).as("statements of the run, cache " + cache).hasSize(1);
            long requests = Long.parseLong(run.get(0)[3].replace(",", ""));
            long statements = Long.parseLong(run.get(0)[4].replace(",", ""));
            // A kept answer costs one statement; with the cache off the cheapest query of the mix costs two.
            assertThat(statements).as("statements of the run, cache " + cache).isGreaterThanOrEqualTo(cache.equals("on") ? requests : 2 * requests);
        }
        assertThat(lines).anyMatch(l -> l.startsWith("| API, 32 clients") && l.endsWith("| — |"));

        // Size, publisher, run, wall, start-up, database, publish, pages, rendered, pages/s, files, files written, heap, ...
        List<String[]> publisher = rows(lines, "| 1× | ").stream().filter(r -> r[2].contains("build")).toList();
        for (String shape : List.of("one JVM", "own process")) {
            List<String[]> runs = publisher.stream().filter(r -> r[1].equals(shape)).toList();
            assertThat(runs).as(shape).extracting(r -> r[2]).containsExactly("full build", "no-change rebuild", "one-quarter-changed rebuild");
            String[] full = runs.get(0);
            String[] noChange = runs.get(1);
            String[] changed = runs.get(2);
            assertThat(full[8]).as(shape + ": a full build renders every page").isEqualTo(full[7]);
            assertThat(full[11]).as(shape + ": a full build writes every file").isEqualTo(full[10]);
            assertThat(noChange[8]).as(shape + ": pages rendered by a no-change rebuild").isEqualTo("0");
            assertThat(noChange[11]).as(shape + ": files written by a no-change rebuild").isEqualTo("0");
            assertThat(Integer.parseInt(changed[11])).as(shape + ": files written after one change").isPositive()
                    .isLessThan(Integer.parseInt(changed[10]));
            assertThat(Long.parseLong(full[12])).as(shape + ": peak heap MiB").isPositive();
        }
        assertThat(lines).anyMatch(l -> l.startsWith("| 1× | 4 | 1 | 276 |"));
        assertThat(lines).anyMatch(l -> l.startsWith("| Publisher (one JVM): a no-change rebuild writes no file"));
        assertThat(lines).anyMatch(l -> l.startsWith("| Publisher (own process): a no-change rebuild writes no file"));
    }

    /** Table rows starting with a prefix, split into trimmed cells (cell 0 is the size). */
    private static List<String[]> rows(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix))
                .map(l -> Arrays.stream(l.substring(1, l.length() - 1).split(" \\| ", -1)).map(String::strip).toArray(String[]::new))
                .toList();
    }
}
