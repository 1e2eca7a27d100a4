package uk.councilperformance.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `cpt bench run`: the benchmark of issue 6. API load with the journalist query mix at each data size and
 * client count, then publisher timings, written as a Markdown table with the targets met or not.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Benchmark the API and the publisher at 1×, 10× and 100× data; write the results as Markdown.",
                "API: the journalist query mix over HTTP at each data size and client count.",
                "Publisher: full, no-change and one-quarter-changed rebuilds.",
                "Sizes: 1 = the bundled data; N = the bundled data plus synthetic councils, about N times as many rows."})
public class BenchRunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", defaultValue = "1,10,100", description = "data sizes (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--clients", split = ",", defaultValue = "1,8,32", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    List<Integer> clients;

    @Option(names = "--cache", split = ",", defaultValue = "on,off",
            description = "the API's answer cache: on (as the product runs), off (every request runs its query), or both (default: ${DEFAULT-VALUE})")
    List<String> cache;

    @Option(names = "--seconds", defaultValue = "10", description = "seconds per client count per size (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup-seconds", defaultValue = "3", description = "warm-up per size, not measured (default: ${DEFAULT-VALUE})")
    int warmUpSeconds;

    @Option(names = "--database", defaultValue = "sqlite", description = "sqlite or postgres (default: ${DEFAULT-VALUE})")
    String database;

    @Option(names = "--publisher-sizes", split = ",", defaultValue = "1,100",
            description = "sizes for the publisher timings (default: ${DEFAULT-VALUE})")
    List<Integer> publisherSizes;

    @Option(names = "--publisher-in", split = ",", defaultValue = "one-jvm,own-process",
            description = "where the publisher runs: one-jvm (beside the API, in the bench's JVM), own-process (a JVM of its"
                    + " own, as `cpt publish` runs against `cpt serve`), or both (default: ${DEFAULT-VALUE})")
    List<String> publisherIn;

    @Option(names = "--no-publisher", description = "skip the publisher timings")
    boolean noPublisher;

    @Option(names = "--data", defaultValue = "data", description = "the bundled data folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--out", defaultValue = "docs/performance-latest.md", description = "the Markdown file to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter progress = spec.commandLine().getErr();
        double jvmStart = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        BenchDatabase.Kind kind = kind();
        if (kind == null) {
            progress.println("error: --database must be sqlite or postgres, not " + database);
            return 64;
        }
        if (kind == BenchDatabase.Kind.POSTGRES && !BenchDatabase.postgresAvailable()) {
            progress.println("error: this build has no embedded PostgreSQL; build it with " + BenchDatabase.POSTGRES_BUILD);
            return 64;
        }
        if (cache.isEmpty() || !cache.stream().allMatch(c -> c.equals("on") || c.equals("off"))) {
            progress.println("error: --cache takes on, off or on,off, not " + String.join(",", cache));
            return 64;
        }
        List<PublisherTimings.Shape> shapes = new ArrayList<>();
        for (String where : publisherIn) {
            switch (where) {
                case "one-jvm" -> shapes.add(PublisherTimings.Shape.ONE_JVM);
                case "own-process" -> shapes.add(PublisherTimings.Shape.OWN_PROCESS);
                default -> {
                    progress.println("error: --publisher-in takes one-jvm, own-process or both, not " + where);
                    return 64;
                }
            }
        }
        List<JournalistQuery> mix = JournalistQuery.mix();
        Optional<CpuSteal> stealAtStart = CpuSteal.now();
        Path work = Files.createTempDirectory("cpt-bench-");
        try {
            Map<Integer, ScaledData.Folder> folders = new TreeMap<>();
            List<Integer> publishing = noPublisher ? List.of() : publisherSizes;
            List<PublisherTimings.Run> publisher = new ArrayList<>();
            PublisherTimings timings = new PublisherTimings(kind, work, progress);
            // The bundled-data build first, while the JVM is fresh, as an officer's first build would be.
            if (publishing.contains(1)) {
                for (PublisherTimings.Shape shape : shapes) {
                    progress.printf("Publisher at 1×, %s ...%n", shape.label());
                    progress.flush();
                    publisher.addAll(timings.run(folder(folders, 1, work), data, shape));
                }
            }
            List<ApiBenchmark.SizeResult> api = new ArrayList<>();
            ApiBenchmark bench = new ApiBenchmark(kind, work, progress);
            for (int size : sizes) {
                for (String mode : cache) {
                    progress.printf("API at %d×, answer cache %s ...%n", size, mode);
                    progress.flush();
                    api.add(bench.run(folder(folders, size, work), mode.equals("on"), mix, clients, Duration.ofSeconds(seconds),
                            Duration.ofSeconds(warmUpSeconds)));
                }
            }
            for (int size : publishing) {
                if (size != 1) {
                    for (PublisherTimings.Shape shape : shapes) {
                        progress.printf("Publisher at %d×, %s ...%n", size, shape.label());
                        progress.flush();
                        publisher.addAll(timings.run(folder(folders, size, work), data, shape));
                    }
                }
            }
            String databaseVersion = api.isEmpty() ? kind.name().toLowerCase() : api.get(0).databaseVersion();
            Map<String, String> machine = new java.util.LinkedHashMap<>(Machine.describe(databaseVersion));
            machine.put("JVM launch to bench start", String.format(java.util.Locale.ROOT, "%.2f s", jvmStart));
            // Other work on the machine skews every figure; say how busy it was.
            machine.put("Load average (1 min) at start / end", String.format(java.util.Locale.ROOT, "%.2f / %.2f", loadAtStart,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            stealAtStart.ifPresent(start -> CpuSteal.now().ifPresent(end -> machine.put("CPU time the host took (steal)",
                    String.format(java.util.Locale.ROOT, "%.1f%% during the run", end.percentSince(start)))));
            String markdown = BenchReport.markdown(new BenchReport.Results(command(),
                    ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                    machine, seconds, warmUpSeconds, mix, api, publisher));
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            Files.writeString(out, markdown, StandardCharsets.UTF_8);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(markdown);
            stdout.println("Written to " + out);
            stdout.flush();
            return 0;
        } finally {
            deleteQuietly(work);
        }
    }

    private ScaledData.Folder folder(Map<Integer, ScaledData.Folder> folders, int size, Path work) {
        return folders.computeIfAbsent(size, s -> ScaledData.of(data, s, work));
    }

    private BenchDatabase.Kind kind() {
        return switch (database.toLowerCase(java.util.Locale.ROOT)) {
            case "sqlite" -> BenchDatabase.Kind.SQLITE;
            case "postgres", "postgresql" -> BenchDatabase.Kind.POSTGRES;
            default -> null;
        };
    }

    private String command() {
        return String.format("cpt bench run --sizes %s --cache %s --clients %s --seconds %d --warmup-seconds %d --database %s%s",
                join(sizes), String.join(",", cache), join(clients), seconds, warmUpSeconds, database,
                noPublisher ? " --no-publisher" : " --publisher-sizes " + join(publisherSizes) + " --publisher-in "
                        + String.join(",", publisherIn));
    }

    private static String join(List<Integer> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    private static void deleteQuietly(Path work) {
        try (var walk = Files.walk(work)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // A temporary folder left behind is harmless; the results are what matter.
        }
    }
}
