package uk.councilperformance.benchmark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The API load benchmark at one data size: database, API, warm-up, statement counts, then each client count. */
public final class ApiBenchmark {

    /** SQL statements one request of a query ran, over a few sequential requests (equal unless something caches). */
    public record Statements(long min, long max) {
        public String describe() {
            return min == max ? Long.toString(min) : min + "–" + max;
        }
    }

    /** Everything measured at one size, with the answer cache on or off. */
    public record SizeResult(ScaledData.Folder data, boolean answerCache, double loadSeconds, String databaseVersion,
                             Map<String, Statements> statements, Map<Integer, Map<String, LoadDriver.QueryResult>> byClients,
                             Map<Integer, Long> statementsByClients) {

        public String cache() {
            return answerCache ? "on" : "off";
        }
    }

    /** Sequential requests per query for the statement count. */
    private static final int COUNTED_REQUESTS = 3;

    private final BenchDatabase.Kind databaseKind;
    private final Path work;
    private final PrintWriter progress;

    public ApiBenchmark(BenchDatabase.Kind databaseKind, Path work, PrintWriter progress) {
        this.databaseKind = databaseKind;
        this.work = work;
        this.progress = progress;
    }

    public SizeResult run(ScaledData.Folder data, boolean answerCache, List<JournalistQuery> mix, List<Integer> clients,
                          Duration each, Duration warmUp) throws Exception {
        try (BenchDatabase database = BenchDatabase.create(databaseKind, work);
             BenchApi api = BenchApi.start(database, answerCache)) {
            long started = System.nanoTime();
            api.load(data.path());
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            say("  %d×, answer cache %s: database built in %.1f s (%d reports, %,d rows) on %s", data.factor(),
                    answerCache ? "on" : "off", loadSeconds, data.reports(), data.rows(), api.databaseVersion());
            // With the cache on, the mix asks about the whole data set, as journalists would; with it off, each query
            // is asked with its file's variables, so that what a query costs is compared across sizes like for like.
            LoadDriver driver = answerCache ? new LoadDriver(api.url(), mix, AskedAbout.read(java.net.URI.create(api.url())))
                    : new LoadDriver(api.url(), mix);
            if (!warmUp.isZero()) {
                say("  %d×: warming up for %d s", data.factor(), warmUp.toSeconds());
                driver.run(Math.max(1, clients.stream().mapToInt(Integer::intValue).max().orElse(1) / 4), warmUp);
            }
            Map<String, Statements> statements = countStatements(api, driver, mix);
            Map<Integer, Map<String, LoadDriver.QueryResult>> byClients = new LinkedHashMap<>();
            // Every statement the API ran in each run: with the cache on, it tells how many requests ran their query.
            Map<Integer, Long> statementsByClients = new LinkedHashMap<>();
            for (int c : clients) {
                say("  %d×: %d client(s) for %d s", data.factor(), c, each.toSeconds());
                long before = api.statements().executed();
                byClients.put(c, driver.run(c, each));
                statementsByClients.put(c, api.statements().executed() - before);
            }
            return new SizeResult(data, answerCache, loadSeconds, api.databaseVersion(), statements, byClients, statementsByClients);
        }
    }

    /**
     * One request at a time, so that every statement counted between two reads belongs to that request. Each query
     * is sent once first, uncounted, so the counts are of the steady state (with the cache on: answers kept).
     */
    private static Map<String, Statements> countStatements(BenchApi api, LoadDriver driver, List<JournalistQuery> mix) {
        Map<String, Statements> statements = new LinkedHashMap<>();
        for (int q = 0; q < mix.size(); q++) {
            driver.send(q);
        }
        for (int q = 0; q < mix.size(); q++) {
            long min = Long.MAX_VALUE;
            long max = 0;
            for (int i = 0; i < COUNTED_REQUESTS; i++) {
                long before = api.statements().executed();
                driver.send(q);
                long used = api.statements().executed() - before;
                min = Math.min(min, used);
                max = Math.max(max, used);
            }
            statements.put(mix.get(q).name(), new Statements(min, max));
        }
        return statements;
    }

    private void say(String format, Object... args) {
        progress.printf(format + "%n", args);
        progress.flush();
    }
}
