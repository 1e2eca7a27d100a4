package uk.councilperformance.benchmark;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * `cpt bench soak`: a bounded load test on loopback. Normal clients run the journalist mix while an abusive
 * client keeps sending queries the API must refuse; heap in use (after a full GC) is sampled throughout.
 * Passes when no normal request fails, every abusive one is refused with a GraphQL error, and the heap stays
 * flat (the last third of the samples no higher than the first third allows).
 */
@Command(name = "soak", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Bounded load test: the journalist mix plus abusive queries for a few minutes, on loopback.",
                "Reports errors, refusals and heap in use over time; passes when nothing fails and memory stays flat."})
public class SoakCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "180", description = "how long to run (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--clients", defaultValue = "8", description = "normal clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--sample-seconds", defaultValue = "15", description = "heap sample interval (default: ${DEFAULT-VALUE})")
    int sampleSeconds;

    @Option(names = "--data", defaultValue = "data", description = "the data folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--out", defaultValue = "docs/soak-latest.md", description = "Markdown results (default: ${DEFAULT-VALUE})")
    Path out;

    /** Queries a public endpoint must refuse, each with the start of the error it must get. */
    static final List<String[]> ABUSES = List.of(
            new String[] {"{ indicators(first: 1) { edges { node { " + "plan { themes { indicators { ".repeat(20) + "name"
                    + " }".repeat(60) + " } } } }", "query too deep"},
            new String[] {aliases("indicators(first: 100) { edges { node { name } } }", 300), "query too costly"},
            new String[] {aliases("__schema { types { name } }", 50), "too many introspection fields"},
            new String[] {"{ reports { ...A } } fragment A on Report { council { reports { ...A } } }", ""},
            new String[] {"{ indicators(first: 101) { totalCount } }", "first:"},
            new String[] {"{ indicators(filter: {text: \"" + "x".repeat(100_000) + "\"}) { totalCount } }", "filter.text:"},
            new String[] {"{ node(id: \"not an id\") { id } }", "id:"});

    static String aliases(String field, int times) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < times; i++) {
            b.append(" a").append(i).append(": ").append(field);
        }
        return b.append(" }").toString();
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter say = spec.commandLine().getErr();
        Path work = Files.createTempDirectory("cpt-soak");
        try (BenchDatabase database = BenchDatabase.create(BenchDatabase.Kind.SQLITE, work);
             BenchApi api = BenchApi.start(database)) {
            api.load(data);
            LoadDriver normal = new LoadDriver(api.url(), JournalistQuery.mix());
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger refused = new AtomicInteger();
            AtomicInteger notRefused = new AtomicInteger();
            AtomicReference<String> firstSurprise = new AtomicReference<>();
            Thread abuser = new Thread(() -> abuse(api.url(), running, refused, notRefused, firstSurprise), "soak-abuser");
            AtomicReference<Map<String, LoadDriver.QueryResult>> results = new AtomicReference<>();
            Thread load = new Thread(() -> {
                try {
                    results.set(normal.run(clients, Duration.ofSeconds(seconds)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("the normal clients could not reach the API", e);
                }
            }, "soak-load");
            say.printf("Soak: %d clients and one abusive client for %d s, heap sampled every %d s ...%n", clients, seconds, sampleSeconds);
            say.flush();
            List<long[]> heap = new ArrayList<>();
            long started = System.nanoTime();
            abuser.start();
            load.start();
            while (load.isAlive()) {
                load.join(sampleSeconds * 1000L);
                heap.add(new long[] {(System.nanoTime() - started) / 1_000_000_000L, heapAfterGc()});
                say.printf("  %3d s: heap in use %d MiB%n", heap.get(heap.size() - 1)[0], heap.get(heap.size() - 1)[1] >> 20);
                say.flush();
            }
            running.set(false);
            abuser.join();
            if (results.get() == null) {
                throw new IllegalStateException("the normal clients stopped before the end (see the error above)");
            }
            String report = report(results.get(), refused.get(), notRefused.get(), firstSurprise.get(), heap);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println(report);
            spec.commandLine().getOut().println("Written to " + out);
            return report.contains("**not met**") ? 1 : 0;
        }
    }

    private static void abuse(String url, AtomicBoolean running, AtomicInteger refused, AtomicInteger notRefused,
                              AtomicReference<String> firstSurprise) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        JsonMapper json = JsonMapper.builder().build();
        int i = 0;
        while (running.get()) {
            String[] abuse = ABUSES.get(i++ % ABUSES.size());
            try {
                String body = json.writeValueAsString(Map.of("query", abuse[0]));
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                var answer = json.readTree(response.body());
                String message = answer.path("errors").path(0).path("message").asString("");
                if (response.statusCode() == 200 && !message.isEmpty() && message.startsWith(abuse[1])
                        && !message.contains("INTERNAL_ERROR")) {
                    refused.incrementAndGet();
                } else {
                    notRefused.incrementAndGet();
                    firstSurprise.compareAndSet(null, "HTTP " + response.statusCode() + ": " + message);
                }
            } catch (Exception e) {
                notRefused.incrementAndGet();
                firstSurprise.compareAndSet(null, e.toString());
            }
        }
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static String report(Map<String, LoadDriver.QueryResult> results, int refused, int notRefused, String surprise,
                         List<long[]> heap) {
        StringBuilder md = new StringBuilder("## Soak: journalist mix plus abusive queries\n\n");
        md.append("| Query | Requests | Errors | p50 ms | p99 ms |\n|---|---:|---:|---:|---:|\n");
        int errors = 0;
        for (LoadDriver.QueryResult r : results.values()) {
            errors += r.errors();
            md.append(String.format("| %s | %d | %d | %.1f | %.1f |%n", r.query().name(), r.latencies().count(), r.errors(),
                    r.latencies().percentileMillis(50), r.latencies().percentileMillis(99)));
        }
        md.append(String.format("%nAbusive queries: %d refused with the expected GraphQL error, %d not%s.%n%n", refused,
                notRefused, surprise == null ? "" : " (first: " + surprise + ")"));
        md.append("| Time s | Heap in use after GC, MiB |\n|---:|---:|\n");
        heap.forEach(s -> md.append(String.format("| %d | %d |%n", s[0], s[1] >> 20)));
        int third = Math.max(1, heap.size() / 3);
        long early = heap.subList(0, third).stream().mapToLong(s -> s[1]).max().orElse(0);
        long late = heap.subList(heap.size() - third, heap.size()).stream().mapToLong(s -> s[1]).max().orElse(0);
        boolean flat = late <= early * 5 / 4 + (16L << 20);
        md.append(String.format("%n| Check | Result | Met |%n|---|---|---|%n"));
        md.append(String.format("| No normal request fails | %d errors | %s |%n", errors, errors == 0 ? "**met**" : "**not met**"));
        md.append(String.format("| Every abusive query is refused with a clear GraphQL error | %d of %d | %s |%n", refused,
                refused + notRefused, notRefused == 0 && refused > 0 ? "**met**" : "**not met**"));
        md.append(String.format("| Memory flat: heap in the last third ≤ 1.25 × the first third + 16 MiB | %d MiB then %d MiB | %s |%n",
                early >> 20, late >> 20, flat ? "**met**" : "**not met**"));
        return md.toString();
    }
}
