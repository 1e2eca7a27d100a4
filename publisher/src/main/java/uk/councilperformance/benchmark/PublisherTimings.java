package uk.councilperformance.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import uk.councilperformance.importing.Dataset;
import uk.councilperformance.importing.DatasetLoader;
import uk.councilperformance.importing.ReportStore;
import uk.councilperformance.publishing.SiteApi;
import uk.councilperformance.publishing.SitePublisher;

/**
 * The publisher at one data size, as an officer runs it: a full build (API start-up, database built from
 * empty, site published into an empty folder), a rebuild with nothing changed, and a rebuild after one quarter's
 * value of one indicator changed in one report file (in a copy of the data). Each rebuild waits for the bench JVM's
 * compilers to settle ({@link CompilersIdle}), as an officer's rebuild meets an API that has served a while. The full
 * build runs straight on from the API's start, but for the publisher in its own JVM, which waits for them after every
 * database build ({@link #settleAfterDatabase}). The publisher runs either in the
 * bench's JVM beside the API, or in a JVM of its own as a deployment runs it ({@link PublishProcess}).
 */
public final class PublisherTimings {

    /** Where the publisher runs. */
    public enum Shape {
        ONE_JVM("one JVM"), OWN_PROCESS("own process");

        private final String label;

        Shape(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One publisher run. */
    public record Run(int factor, Shape shape, String name, double startupSeconds, double databaseSeconds, double publishSeconds,
                      int pages, int rendered, int files, int written, long peakHeapBytes, String databaseOutcome) {

        /** Database build and publish (and, for the full build, start-up) together. */
        public double wallSeconds() {
            return startupSeconds + databaseSeconds + publishSeconds;
        }

        public double pagesPerSecond() {
            return pages / publishSeconds;
        }
    }

    /** A quarter value of an indicator: indented "Q1: "123"" with a number only (ratings are symbols). */
    private static final Pattern QUARTER_VALUE = Pattern.compile("(?m)^(\\s+Q[1-4]: \")(\\d+)(\")$");

    private final BenchDatabase.Kind databaseKind;
    private final Path work;
    private final PrintWriter progress;

    public PublisherTimings(BenchDatabase.Kind databaseKind, Path work, PrintWriter progress) {
        this.databaseKind = databaseKind;
        this.work = work;
        this.progress = progress;
    }

    public List<Run> run(ScaledData.Folder data, Path bundled, Shape shape) throws Exception {
        int factor = data.factor();
        Path copy = Dataset.copy(data.path(), Files.createTempDirectory(work, "publish-data-" + factor + "x-"));
        Path site = Files.createTempDirectory(work, "site-" + factor + "x-").resolve("site");
        List<Run> runs = new ArrayList<>();
        try (BenchDatabase database = BenchDatabase.create(databaseKind, work)) {
            HeapPeak heap = HeapPeak.start();
            long t0 = System.nanoTime();
            try (BenchApi api = BenchApi.start(database)) {
                long t1 = System.nanoTime();
                DatasetLoader.Result loaded = api.load(copy);
                long t2 = System.nanoTime();
                settleAfterDatabase(factor, shape, "full build");
                long t3 = System.nanoTime();
                PublishProcess.Published full = publish(api, site, heap, shape);
                long t4 = System.nanoTime();
                runs.add(run(factor, shape, "full build", t1 - t0, t2 - t1, t4 - t3, full, loaded));
                say("  %d×, %s: full build: %s", factor, shape.label(), full.described());

                runs.add(rebuild(factor, shape, "no-change rebuild", api, copy, site));
                String change = changeOneQuarter(copy, bundled);
                Run changed = rebuild(factor, shape, "one-quarter-changed rebuild", api, copy, site);
                runs.add(new Run(changed.factor(), changed.shape(), changed.name(), 0, changed.databaseSeconds(), changed.publishSeconds(),
                        changed.pages(), changed.rendered(), changed.files(), changed.written(), changed.peakHeapBytes(),
                        changed.databaseOutcome() + "; changed " + change));
            }
        }
        return runs;
    }

    private Run rebuild(int factor, Shape shape, String name, BenchApi api, Path data, Path site) {
        long settled = CompilersIdle.await();
        HeapPeak heap = HeapPeak.start();
        long t0 = System.nanoTime();
        DatasetLoader.Result loaded = api.load(data);
        long t1 = System.nanoTime();
        settleAfterDatabase(factor, shape, name);
        long t2 = System.nanoTime();
        PublishProcess.Published published = publish(api, site, heap, shape);
        long t3 = System.nanoTime();
        say("  %d×, %s: %s (after %.1f s for the bench JVM's compilers to settle): %s", factor, shape.label(), name,
                settled / 1000.0, published.described());
        return run(factor, shape, name, 0, t1 - t0, t3 - t2, published, loaded);
    }

    /**
     * In its own JVM the publisher waits for the bench JVM's compilers after the database build too: a deployment
     * builds its database with `cpt db build` in a JVM of its own, so the API's is not compiling the import's code
     * while the site is published. The wait is in neither time.
     */
    private void settleAfterDatabase(int factor, Shape shape, String name) {
        if (shape == Shape.OWN_PROCESS) {
            say("  %d×, %s: %s: %.1f s for the bench JVM's compilers to settle after the database build", factor,
                    shape.label(), name, CompilersIdle.await() / 1000.0);
        }
    }

    /**
     * Every council's site, each in its own folder (a council's site stands alone), as `publish --all-councils` does.
     * In the bench's JVM the heap measured is the whole JVM's (API and publisher); in its own process, the publisher's.
     */
    private PublishProcess.Published publish(BenchApi api, Path site, HeapPeak heap, Shape shape) {
        if (shape == Shape.OWN_PROCESS) {
            heap.stop();
            return PublishProcess.run(api.url(), site, work);
        }
        // The publisher's progress lines are not part of the result.
        SitePublisher.Summary summary = new SitePublisher(new SiteApi(api.url())).publishAll(site,
                new PrintWriter(java.io.Writer.nullWriter()));
        return PublishProcess.Published.of(summary, heap.stop());
    }

    private static Run run(int factor, Shape shape, String name, long startup, long database, long publish, PublishProcess.Published published,
                    DatasetLoader.Result loaded) {
        String outcome = String.format("%d added, %d replaced, %d unchanged", loaded.count(ReportStore.Outcome.ADDED),
                loaded.count(ReportStore.Outcome.REPLACED), loaded.count(ReportStore.Outcome.UNCHANGED));
        return new Run(factor, shape, name, startup / 1e9, database / 1e9, publish / 1e9, published.pages(), published.rendered(),
                published.files(), published.written(), published.peakHeapBytes(), outcome);
    }

    /**
     * Adds one to the first whole-number quarter value of the first bundled report that has one (the same
     * change at every size): one figure of one quarter in one report file of the copy.
     */
    static String changeOneQuarter(Path data, Path bundled) {
        try (Stream<Path> files = Files.list(bundled.resolve("reports"))) {
            for (Path original : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Path file = data.resolve("reports").resolve(original.getFileName().toString());
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = QUARTER_VALUE.matcher(text);
                if (m.find()) {
                    String changed = m.group(1) + (Long.parseLong(m.group(2)) + 1) + m.group(3);
                    Files.writeString(file, text.substring(0, m.start()) + changed + text.substring(m.end()), StandardCharsets.UTF_8);
                    return file.getFileName() + ": " + m.group().strip() + " → " + changed.strip();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no report in " + bundled + " has a whole-number quarter value to change");
    }

    private void say(String format, Object... args) {
        progress.printf(format + "%n", args);
        progress.flush();
    }
}
