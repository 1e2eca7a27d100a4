package uk.councilperformance.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import uk.councilperformance.publishing.SiteApi;
import uk.councilperformance.publishing.SitePublisher;

/**
 * The publisher in a JVM of its own, as a deployment runs it (`cpt publish --all-councils` against `cpt serve`):
 * the same publish, with the collector, young generation and compiler `cpt publish` uses and the bench's own heap
 * limit, timed from the launch of its JVM to its exit. Its main publishes and prints one result line for the bench to read.
 * Its peak heap comes from its collector's log, not from a sampler: the heap only grows between collections, so
 * the peak is the largest heap a collection found, or the heap at the end; and the JVM does nothing `cpt publish`
 * would not.
 */
public final class PublishProcess {

    static final String RESULT = "bench-publish-result ";

    /** What one publish gave, and the publisher's peak heap. */
    public record Published(int pages, int rendered, int files, int written, long peakHeapBytes, String described) {

        static Published of(SitePublisher.Summary summary, long peakHeapBytes) {
            return new Published(summary.pages(), summary.rendered(), summary.outcome().files(), summary.outcome().written(),
                    peakHeapBytes, summary.describe());
        }
    }

    private PublishProcess() {
    }

    /** Publishes every council from the API at args[0] into args[1], then prints the result line. */
    public static void main(String[] args) {
        // As cpt's main starts.
        uk.councilperformance.publishing.PublisherApplication.withoutSearchingTheClassPath();
        SitePublisher.Summary summary = new SitePublisher(new SiteApi(args[0]))
                .publishAll(Path.of(args[1]), new PrintWriter(java.io.Writer.nullWriter()));
        Runtime runtime = Runtime.getRuntime();
        long inUse = runtime.totalMemory() - runtime.freeMemory();
        // Joined without +, as the publish's own summary is (SitePublisher.Summary).
        System.out.println(new StringBuilder(RESULT).append(summary.pages()).append(' ').append(summary.rendered()).append(' ')
                .append(summary.outcome().files()).append(' ').append(summary.outcome().written()).append(' ').append(inUse));
        System.out.println(summary.describe());
    }

    /** Runs one publish in a new JVM and waits for it; its error output goes to a file in work, named if it fails. */
    static Published run(String api, Path site, Path work) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        try {
            Path errors = Files.createTempFile(work, "publish-process-", ".log");
            Path gcLog = Files.createTempFile(work, "publish-process-gc-", ".log");
            command.add("-Xlog:gc:file=" + gcLog);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), PublishProcess.class.getName(), api, site.toString()));
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            String result = out.lines().filter(l -> l.startsWith(RESULT)).findFirst().orElse(null);
            if (code != 0 || result == null) {
                throw new IllegalStateException("the publisher's own JVM failed (exit " + code + "); see " + errors);
            }
            String[] n = result.substring(RESULT.length()).split(" ");
            String described = out.lines().filter(l -> !l.startsWith(RESULT)).findFirst().orElse("");
            long peak = Math.max(Long.parseLong(n[4]), largestHeapCollected(Files.readAllLines(gcLog, StandardCharsets.UTF_8)));
            return new Published(Integer.parseInt(n[0]), Integer.parseInt(n[1]), Integer.parseInt(n[2]), Integer.parseInt(n[3]),
                    peak, described);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the publisher ran", e);
        }
    }

    /** A collection in the JVM's gc log: "... Pause Young (Allocation Failure) 204M->28M(491M) 15.210ms". */
    private static final java.util.regex.Pattern COLLECTION = java.util.regex.Pattern.compile("(\\d+)([KMG])->\\d+[KMG]\\(");

    /** The largest heap in use when a collection started, in bytes, from the lines of a -Xlog:gc log (0 if none). */
    static long largestHeapCollected(List<String> gcLog) {
        long largest = 0;
        for (String line : gcLog) {
            java.util.regex.Matcher m = COLLECTION.matcher(line);
            if (m.find()) {
                largest = Math.max(largest, bytes(m.group(1), m.group(2)));
            }
        }
        return largest;
    }

    /** A JVM size ("512" with "m", as in -Xmx512m or a gc log's 512M) in bytes; no unit means bytes. */
    static long bytes(String number, String unit) {
        return Long.parseLong(number) << switch (unit.toLowerCase(java.util.Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
    }

    /**
     * The compiler `cpt publish` runs with (the same option is in cpt): C1 alone. Its code is quick to make and,
     * without the profiling C2 needs, quick to run; a publish is short and allocates much, and C2 never paid for
     * itself, even over four national publishes in one JVM.
     */
    static final List<String> BATCH_COMPILER = List.of("-XX:TieredStopAtLevel=1");

    /**
     * The class-data archive `cpt publish` starts from: the publish's own (publish.jsa, made by cpt beside the main
     * one), when the bench runs with the main one (publisher.jsa) and the other is there; otherwise the bench's.
     */
    static String publishArchive(String option) {
        String archive = option.substring("-XX:SharedArchiveFile=".length());
        if (archive.endsWith("publisher.jsa")) {
            Path own = Path.of(archive).resolveSibling("publish.jsa");
            if (Files.isRegularFile(own)) {
                return "-XX:SharedArchiveFile=" + own;
            }
        }
        return option;
    }

    private static final java.util.regex.Pattern MAX_HEAP = java.util.regex.Pattern.compile("-Xmx(\\d+)([kKmMgG]?)");

    /**
     * The young generation `cpt publish` gives the publisher (the same rule is in cpt): half the heap limit, or 256 MB
     * without one, with survivor spaces a fifth of it each. A council's data and pages then die young rather than being
     * copied into the old generation: with the collector's usual eighth, each young collection overflowed the survivor
     * space into the old generation, which filled and took a full collection in every national publish.
     */
    static List<String> youngGeneration(List<String> options) {
        long megabytes = 512;
        for (String option : options) {
            java.util.regex.Matcher max = MAX_HEAP.matcher(option);
            if (max.matches()) {
                megabytes = bytes(max.group(1), max.group(2)) >> 20;
            }
        }
        return List.of("-Xmn" + megabytes / 2 + "m", "-XX:SurvivorRatio=3");
    }

    /**
     * The bench JVM's heap limit and class-data archive, and the collector, young generation and compiler
     * `cpt publish` runs with (the throughput collector, {@link #youngGeneration}, {@link #BATCH_COMPILER}) unless
     * the bench was given its own.
     */
    static List<String> jvmOptions(List<String> bench) {
        List<String> options = new ArrayList<>();
        boolean collector = false;
        boolean young = false;
        boolean compiler = false;
        for (String option : bench) {
            if (option.startsWith("-XX:SharedArchiveFile=")) {
                options.add(publishArchive(option));
            } else if (option.startsWith("-Xmx") || option.startsWith("-Xlog:cds")) {
                options.add(option);
            } else if (option.matches("-XX:\\+Use\\w*GC")) {
                options.add(option);
                collector = true;
            } else if (option.startsWith("-Xmn") || option.contains("NewSize") || option.contains("NewRatio")
                    || option.contains("SurvivorRatio")) {
                options.add(option);
                young = true;
            } else if (option.startsWith("-XX:Tier") || option.contains("TieredCompilation")) {
                options.add(option);
                compiler = true;
            }
        }
        if (!collector) {
            options.add("-XX:+UseParallelGC");
        }
        if (!young) {
            options.addAll(youngGeneration(bench));
        }
        if (!compiler) {
            options.addAll(BATCH_COMPILER);
        }
        return options;
    }
}
