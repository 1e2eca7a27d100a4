package uk.councilperformance.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The bench's results as Markdown: machine, data sizes, API latency, statements, publisher, and the targets of issue 6. */
public final class BenchReport {

    static final double P99_LIMIT_MS = 10;
    static final double SCALE_LIMIT = 2.5;
    static final double FULL_BUILD_LIMIT_S = 10;
    static final double PAGES_PER_SECOND = 500;
    static final long HEAP_LIMIT_BYTES = 512L * 1024 * 1024;
    static final double NO_CHANGE_SHARE = 0.20;
    static final int TARGET_CLIENTS = 32;

    /** What one run of the bench measured. */
    public record Results(String command, String date, Map<String, String> machine, int seconds, int warmUpSeconds,
                          List<JournalistQuery> mix, List<ApiBenchmark.SizeResult> api, List<PublisherTimings.Run> publisher) {
    }

    /** One target of issue 6 and whether this run met it. */
    public record Target(String target, String figure, String verdict) {
    }

    private BenchReport() {
    }

    public static String markdown(Results r) {
        StringBuilder md = new StringBuilder();
        md.append("## Results of `").append(r.command()).append("`\n\n");
        md.append("Run ").append(r.date()).append(": ").append(r.seconds()).append(" s per client count per size after a ")
                .append(r.warmUpSeconds()).append(" s warm-up; the API in the bench's JVM on loopback, the publisher beside it or in a JVM of its own.\n\n");

        md.append("### Machine and versions\n\n| | |\n|---|---|\n");
        r.machine().forEach((k, v) -> md.append("| ").append(k).append(" | ").append(cell(v)).append(" |\n"));

        if (!r.api().isEmpty()) {
            md.append("\n### Data sizes\n\n| Size | Reports | Councils | Indicator + milestone rows | × bundled | Database build s |\n|---|---:|---:|---:|---:|---:|\n");
            for (ApiBenchmark.SizeResult s : r.api().stream().filter(distinctSizes()).toList()) {
                md.append(String.format(Locale.ROOT, "| %d× | %d | %d | %,d | %.1f | %.1f |%n", s.data().factor(), s.data().reports(),
                        s.data().councils(), s.data().rows(), s.data().actualFactor(), s.loadSeconds()));
            }
            apiTable(md, r);
            statementsTable(md, r);
            errors(md, r);
        }
        if (!r.publisher().isEmpty()) {
            md.append("\n### Publisher\n\nWall = API start-up (full build only; the bench JVM's own launch is not included) + "
                    + "database build + publish. Pages/s = pages ÷ publish time. Rendered = pages read from the API and rendered "
                    + "again: a council whose data version (Council.dataVersion) is that of its last publish is left as it is. "
                    + "One JVM: the publisher runs beside the API in the bench's JVM, and the peak heap is that whole JVM's (API "
                    + "and publisher together). Own process: the publisher runs in a JVM of its own, as `cpt publish` runs "
                    + "against `cpt serve` (the same heap limit, collector, young generation and compiler), its publish time counts that JVM's "
                    + "launch, and the peak heap is the publisher's own. Before each rebuild the bench waits (at most "
                    + CompilersIdle.LIMIT_MILLIS / 1000 + " s, in no time shown) until its JVM's compilers have been idle for "
                    + CompilersIdle.IDLE_MILLIS + " ms, as those of an API that has served a while are. The full build runs "
                    + "straight on from the API's start, but in its own process the publisher also waits so after every "
                    + "database build: a deployment builds its database in a JVM of its own (`cpt db build`), not the API's.\n\n");
            md.append("| Size | Publisher | Run | Wall s | Start-up s | Database s | Publish s | Pages | Rendered | Pages/s | Files | Files written | Peak heap MiB | Database |\n");
            md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
            for (PublisherTimings.Run p : r.publisher()) {
                md.append(String.format(Locale.ROOT, "| %d× | %s | %s | %.2f | %.2f | %.2f | %.2f | %d | %d | %.0f | %d | %d | %d | %s |%n",
                        p.factor(), p.shape().label(), p.name(), p.wallSeconds(), p.startupSeconds(), p.databaseSeconds(), p.publishSeconds(),
                        p.pages(), p.rendered(), p.pagesPerSecond(), p.files(), p.written(), p.peakHeapBytes() / (1024 * 1024), cell(p.databaseOutcome())));
            }
        }

        md.append("\n### Targets (issue 6)\n\n| Target | This run | Met |\n|---|---|---|\n");
        for (Target t : targets(r)) {
            md.append("| ").append(t.target()).append(" | ").append(cell(t.figure())).append(" | ").append(t.verdict()).append(" |\n");
        }
        return md.toString();
    }

    private static void apiTable(StringBuilder md, Results r) {
        md.append("\n### API: journalist query mix over HTTP\n\nLatency is per request, client side (send to full response read)."
                + " Answer cache on: as the product runs (an answer is given again while the data is unchanged), and each query"
                + " is asked in turn about everything in the data set it can be asked about: every council, every plan of every"
                + " year, every indicator by a word of its name, every such word, in turn (so the questions asked outnumber"
                + " the answers the cache holds at 100×: the least recently used answer goes first, and a turn comes back to"
                + " it after it has gone; the next table shows how often that happened). Variable sets = how many different"
                + " requests of the query that makes. Off: every request runs its query, asked with the variables in its file"
                + " (one variable set), so its cost compares across sizes like for like."
                + " SQL statements/request: of the query's file's variables, counted one request at a time.\n\n");
        md.append("| Size | Cache | Clients | Query | Requests | Errors | Req/s | p50 ms | p95 ms | p99 ms | SQL statements/request | Variable sets |\n");
        md.append("|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ApiBenchmark.SizeResult s : r.api()) {
            s.byClients().forEach((clients, results) -> results.forEach((name, q) -> md.append(String.format(Locale.ROOT,
                    "| %d× | %s | %d | %s | %d | %d | %.1f | %.2f | %.2f | %.2f | %s | %,d |%n", s.data().factor(), s.cache(), clients, name,
                    q.latencies().count(), q.errors(), q.throughput(), q.latencies().percentileMillis(50),
                    q.latencies().percentileMillis(95), q.latencies().percentileMillis(99), s.statements().get(name).describe(),
                    q.variableSets()))));
        }
        md.append("\n### SQL statements in each run\n\nEvery statement the API ran while the run's clients were sending, ÷ the"
                + " run's requests. An answer given again costs one (the read of the data version), so with the cache on 1.00"
                + " means every request was answered from the cache, and anything above it the share that ran their query.\n\n"
                + "| Size | Cache | Clients | Requests | SQL statements | Statements/request |\n|---|---|---:|---:|---:|---:|\n");
        for (ApiBenchmark.SizeResult s : r.api()) {
            s.byClients().forEach((clients, results) -> {
                long requests = results.values().stream().mapToLong(q -> q.latencies().count()).sum();
                long statements = s.statementsByClients().get(clients);
                md.append(String.format(Locale.ROOT, "| %d× | %s | %d | %,d | %,d | %.2f |%n", s.data().factor(), s.cache(), clients,
                        requests, statements, requests == 0 ? 0.0 : (double) statements / requests));
            });
        }
    }

    private static void statementsTable(StringBuilder md, Results r) {
        md.append("\n### SQL statements per request\n\nWith the cache on, a request answered from the cache runs one statement"
                + " (it reads the data version).\n\n| Query |");
        r.api().forEach(s -> md.append(' ').append(s.data().factor()).append("×, cache ").append(s.cache()).append(" |"));
        md.append("\n|---|");
        r.api().forEach(s -> md.append("---:|"));
        md.append('\n');
        for (JournalistQuery q : r.mix()) {
            md.append("| ").append(q.name()).append(" |");
            r.api().forEach(s -> md.append(' ').append(s.statements().get(q.name()).describe()).append(" |"));
            md.append('\n');
        }
    }

    /** Each failing query once, with the sizes it failed at and the first sentence of its first error. */
    private static void errors(StringBuilder md, Results r) {
        List<String> lines = new ArrayList<>();
        for (JournalistQuery q : r.mix()) {
            List<String> sizes = new ArrayList<>();
            String message = null;
            for (ApiBenchmark.SizeResult s : r.api()) {
                var failed = s.byClients().values().stream().map(m -> m.get(q.name())).filter(x -> x.errors() > 0).findFirst();
                if (failed.isPresent()) {
                    sizes.add(s.data().factor() + "×");
                    message = message != null ? message : failed.get().firstError();
                }
            }
            if (!sizes.isEmpty()) {
                int sentence = message.indexOf(". ");
                lines.add("- `" + q.name() + "` (" + String.join(", ", sizes) + "): "
                        + (sentence > 0 ? message.substring(0, sentence + 1) : message));
            }
        }
        if (!lines.isEmpty()) {
            md.append("\n**Queries that answered with errors** (first error; the latencies above are of the error responses):\n\n");
            lines.forEach(l -> md.append(l).append('\n'));
        }
    }

    static List<Target> targets(Results r) {
        List<Target> targets = new ArrayList<>();
        for (boolean cache : List.of(true, false)) {
            if (r.api().stream().noneMatch(s -> s.answerCache() == cache)) {
                continue;
            }
            apiTargets(r, cache, targets);
        }

        String t3 = "SQL statements per request independent of data size";
        for (boolean cache : List.of(true, false)) {
            List<ApiBenchmark.SizeResult> runs = r.api().stream().filter(s -> s.answerCache() == cache).toList();
            String mode = cache ? " (answer cache on)" : " (answer cache off)";
            if (runs.isEmpty()) {
                continue;
            }
            if (runs.size() < 2) {
                targets.add(new Target(t3 + mode, "not measured (needs two or more sizes)", "—"));
                continue;
            }
            List<String> differing = new ArrayList<>();
            for (JournalistQuery q : r.mix()) {
                if (runs.stream().map(s -> s.statements().get(q.name())).distinct().count() > 1
                        || runs.stream().anyMatch(s -> s.statements().get(q.name()).min() != s.statements().get(q.name()).max())) {
                    differing.add(q.name());
                }
            }
            boolean clean = runs.stream().allMatch(s -> s.byClients().values().stream().allMatch(BenchReport::errorFree));
            targets.add(new Target(t3 + mode, (differing.isEmpty() ? "equal for every query" : "differ for " + String.join(", ", differing))
                    + (clean ? "" : "; some queries answered with errors"), verdict(differing.isEmpty() && clean)));
        }

        List<PublisherTimings.Run> full1 = runs(r, 1, "full build");
        targets.add(full1.isEmpty() ? new Target("Publisher: full build of the bundled data ≤ 10 s", "not measured", "—")
                : new Target("Publisher: full build of the bundled data ≤ " + (int) FULL_BUILD_LIMIT_S + " s wall including start-up",
                        String.join("; ", full1.stream().map(p -> String.format(Locale.ROOT, "%s: %.2f s", p.shape().label(),
                                p.wallSeconds())).toList()) + " (the bench JVM's launch not included)",
                        verdict(full1.stream().allMatch(p -> p.wallSeconds() <= FULL_BUILD_LIMIT_S))));

        List<PublisherTimings.Run> full100 = runs(r, 100, "full build");
        if (full100.isEmpty()) {
            targets.add(new Target("Publisher at 100×: ≥ 500 pages/s with heap ≤ 512 MiB", "not measured", "—"));
        }
        for (PublisherTimings.Run p : full100) {
            targets.add(new Target("Publisher at 100× (" + p.shape().label() + "): ≥ " + (int) PAGES_PER_SECOND
                    + " pages/s with heap ≤ 512 MiB", String.format(Locale.ROOT, "%.0f pages/s (%d pages), peak heap %d MiB",
                    p.pagesPerSecond(), p.pages(), p.peakHeapBytes() / (1024 * 1024)),
                    verdict(p.pagesPerSecond() >= PAGES_PER_SECOND && p.peakHeapBytes() <= HEAP_LIMIT_BYTES)));
        }

        for (PublisherTimings.Shape shape : PublisherTimings.Shape.values()) {
            List<String> figures = new ArrayList<>();
            boolean met = true;
            for (PublisherTimings.Run p : r.publisher()) {
                if (p.shape() == shape && p.name().equals("no-change rebuild")) {
                    PublisherTimings.Run full = r.publisher().stream().filter(f -> f.factor() == p.factor() && f.shape() == shape
                            && f.name().equals("full build")).findFirst().orElseThrow();
                    double share = p.wallSeconds() / (full.databaseSeconds() + full.publishSeconds());
                    figures.add(String.format(Locale.ROOT, "%d×: %d files written, %d pages rendered, %.0f%% of the full build",
                            p.factor(), p.written(), p.rendered(), share * 100));
                    met &= p.written() == 0 && share <= NO_CHANGE_SHARE;
                }
            }
            if (!figures.isEmpty()) {
                targets.add(new Target("Publisher (" + shape.label() + "): a no-change rebuild writes no file and takes ≤ 20% of a"
                        + " full build (database + publish, start-up excluded" + (shape == PublisherTimings.Shape.OWN_PROCESS
                        ? "; the publisher JVM's launch included" : "") + ")", String.join("; ", figures), verdict(met)));
            }
        }
        if (r.publisher().stream().noneMatch(p -> p.name().equals("no-change rebuild"))) {
            targets.add(new Target("Publisher: a no-change rebuild writes no file and takes ≤ 20% of a full build", "not measured", "—"));
        }

        List<String> changed = r.publisher().stream().filter(p -> p.name().startsWith("one-quarter"))
                .map(p -> String.format(Locale.ROOT, "%d×, %s: %d of %d files written, %d of %d pages rendered", p.factor(),
                        p.shape().label(), p.written(), p.files(), p.rendered(), p.pages())).toList();
        targets.add(new Target("Publisher: a one-quarter change rewrites only the pages that show that quarter",
                changed.isEmpty() ? "not measured" : String.join("; ", changed), "reported; which pages show the quarter is judged by reading the site"));
        return targets;
    }

    /** The two latency targets, for the API with its answer cache on or off. */
    private static void apiTargets(Results r, boolean cache, List<Target> targets) {
        String mode = cache ? " (answer cache on, as the product runs, asked about the whole data set)"
                : " (answer cache off: every request runs its query)";
        Optional<Map<String, LoadDriver.QueryResult>> base = at(r, 1, cache);
        Optional<Map<String, LoadDriver.QueryResult>> large = at(r, 100, cache);

        String t1 = "API, " + TARGET_CLIENTS + " clients, bundled data (1×): p99 ≤ " + (int) P99_LIMIT_MS + " ms for every query" + mode;
        if (base.isEmpty()) {
            targets.add(new Target(t1, "not measured (needs --sizes with 1 and --clients with " + TARGET_CLIENTS + ")", "—"));
        } else {
            var worst = base.get().values().stream().max(java.util.Comparator.comparingDouble(q -> q.latencies().percentileMillis(99))).orElseThrow();
            double p99 = worst.latencies().percentileMillis(99);
            String figure = String.format(Locale.ROOT, "worst p99 %.2f ms (%s)%s", p99, worst.query().name(), errorNote(base.get()));
            boolean met = p99 <= P99_LIMIT_MS && errorFree(base.get());
            // The target is judged as the product runs; the cache-off run shows what an answer not yet kept costs.
            targets.add(new Target(t1, figure, cache ? verdict(met) : notJudged(met, (int) P99_LIMIT_MS + " ms")));
        }

        String t2 = "API, " + TARGET_CLIENTS + " clients, 100×: p99 ≤ " + SCALE_LIMIT + "× the 1× p99, per query" + mode;
        if (base.isEmpty() || large.isEmpty()) {
            targets.add(new Target(t2, "not measured (needs --sizes with 1 and 100 and --clients with " + TARGET_CLIENTS + ")", "—"));
        } else {
            String worstName = null;
            double worstRatio = 0;
            for (String name : base.get().keySet()) {
                double ratio = large.get().get(name).latencies().percentileMillis(99) / base.get().get(name).latencies().percentileMillis(99);
                if (worstName == null || ratio > worstRatio) {
                    worstName = name;
                    worstRatio = ratio;
                }
            }
            boolean met = worstRatio <= SCALE_LIMIT && errorFree(base.get()) && errorFree(large.get());
            // What data size costs is what a query costs among more rows, so it is judged with every request running
            // its query; with the cache on, 100× asks a hundred times as many questions, which measures the cache's size.
            targets.add(new Target(t2, String.format(Locale.ROOT, "worst %.2f× (%s)%s", worstRatio, worstName,
                    errorNote(large.get())), cache ? notJudged(met, SCALE_LIMIT + "×") : verdict(met)));
        }
    }

    private static Optional<Map<String, LoadDriver.QueryResult>> at(Results r, int factor, boolean cache) {
        return r.api().stream().filter(s -> s.data().factor() == factor && s.answerCache() == cache).findFirst()
                .map(s -> s.byClients().get(TARGET_CLIENTS));
    }

    /** One row per data size in the sizes table, whichever cache modes ran. */
    private static java.util.function.Predicate<ApiBenchmark.SizeResult> distinctSizes() {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        return s -> seen.add(s.data().factor());
    }

    private static List<PublisherTimings.Run> runs(Results r, int factor, String name) {
        return r.publisher().stream().filter(p -> p.factor() == factor && p.name().equals(name)).toList();
    }

    private static boolean errorFree(Map<String, LoadDriver.QueryResult> results) {
        return results.values().stream().allMatch(q -> q.errors() == 0);
    }

    private static String errorNote(Map<String, LoadDriver.QueryResult> results) {
        long failing = results.values().stream().filter(q -> q.errors() > 0).count();
        return failing == 0 ? "" : "; " + failing + " of " + results.size() + " queries answered with errors";
    }

    private static String notJudged(boolean within, String limit) {
        return "reported, not judged (" + (within ? "within" : "over") + " the " + limit + " limit)";
    }

    private static String verdict(boolean met) {
        return met ? "**met**" : "**not met**";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
