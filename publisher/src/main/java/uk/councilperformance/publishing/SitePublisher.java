package uk.councilperformance.publishing;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds the whole site from the API into a folder: fetch, make pages, render, replace atomically.
 * The same data always gives byte-identical files (no build times, stable order).
 */
public class SitePublisher {

    /**
     * The build summary officers see. Rendered counts the pages made this time: none when the site's data, council
     * and publisher were those of the last publish, so nothing was read or rendered.
     */
    public record Summary(int pages, int rendered, SiteFolder.Outcome outcome, long millis, String heaviestPage,
                          int heaviestBytes, long htmlBytes) {

        /**
         * Page weights are HTML only: every page shares the same two stylesheets (about 130 kB, cached once). Put
         * together without String.format, whose first use sets up the locale's number formats (10 ms of a publish
         * with nothing to do), and with a StringBuilder rather than +: this runs once in such a publish, where each
         * + site's first use makes method handles at run time (docs/performance.md). The figures read as %.1f and
         * %,d give them in English (SummaryTest).
         */
        public String describe() {
            StringBuilder s = new StringBuilder("Published ").append(pages).append(" pages, ").append(outcome.files())
                    .append(" files (").append(outcome.written()).append(" written, ").append(outcome.unchanged())
                    .append(" unchanged) in ").append(seconds(millis)).append(" s. Page weight: ")
                    .append(grouped(pages == 0 ? 0 : htmlBytes / pages)).append(" bytes on average, heaviest ")
                    .append(heaviestPage).append(" (").append(grouped(heaviestBytes)).append(" bytes)");
            if (rendered == 0 && pages != 0) {
                s.append(". Nothing read or rendered: the data, council and publisher are those of the last publish");
            } else if (rendered != pages) {
                s.append(". Rendered ").append(rendered).append(" of the ").append(pages)
                        .append(" pages: the other councils' data is as it was at the last publish");
            }
            return (outcome.changed() ? s : s.append(". Nothing changed since the last publish.")).toString();
        }

        /** Seconds to one decimal place, rounded half up as %.1f rounds them. */
        static String seconds(long millis) {
            long tenths = (millis + 50) / 100;
            return new StringBuilder().append(tenths / 10).append('.').append(tenths % 10).toString();
        }

        /** A whole number with a comma between each group of three digits. */
        static String grouped(long n) {
            String written = Long.toString(n);
            String digits = n < 0 ? written.substring(1) : written;
            StringBuilder s = new StringBuilder(n < 0 ? "-" : "");
            for (int i = 0; i < digits.length(); i++) {
                if (i > 0 && (digits.length() - i) % 3 == 0) {
                    s.append(',');
                }
                s.append(digits.charAt(i));
            }
            return s.toString();
        }
    }

    private final SiteApi api;

    public SitePublisher(SiteApi api) {
        this.api = api;
    }

    /** Publishes the site of the database's only council; with several, say which (see the other publish). */
    public Summary publish(SiteFolder folder, PrintWriter progress) {
        List<Map<String, Object>> councils = api.councils();
        if (councils.size() != 1) {
            throw new IllegalArgumentException("the database holds " + councils.size() + " councils: choose one with --council ("
                    + councils.stream().map(c -> String.valueOf(c.get("slug"))).limit(10).reduce((a, b) -> a + ", " + b).orElse("none")
                    + (councils.size() > 10 ? ", ..." : "") + ")");
        }
        return publish(folder, progress, councils.get(0));
    }

    /** Publishes one council's site: each council's site stands alone and can be hosted on its own. */
    public Summary publish(SiteFolder folder, PrintWriter progress, String councilSlug) {
        Map<String, Object> council = api.councils().stream().filter(c -> councilSlug.equals(c.get("slug"))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no council \"" + councilSlug + "\" in the database"));
        return publish(folder, progress, council);
    }

    /**
     * Publishes every council's site, each into its own folder under root named by its slug (each replaced
     * atomically, as one council's publish is). One council is rendered at a time, while the next one to rebuild is
     * read: the API answers on one core while the publisher renders on the other. (Rendering two councils at once
     * cost more in garbage collection than it saved.)
     */
    public Summary publishAll(java.nio.file.Path root, PrintWriter progress) {
        long started = System.nanoTime();
        List<Map<String, Object>> councils = api.councils();
        List<Build> builds = councils.stream()
                .map(c -> Build.of(new SiteFolder(root.resolve(String.valueOf(c.get("slug")))), c)).toList();
        List<Build> toRead = builds.stream().filter(b -> !b.upToDate()).toList();
        List<Summary> summaries = new java.util.ArrayList<>();
        ExecutorService ahead = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "publish-read-ahead");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // toRead is in the builds' order, so the n-th build that needs reading is toRead[n]; its read starts as the
            // one before it starts to render.
            Future<SiteContent.Data> reading = toRead.isEmpty() ? null : read(ahead, toRead.get(0));
            int next = 1;
            for (Build build : builds) {
                Summary one;
                long turn = System.nanoTime();
                if (build.upToDate()) {
                    one = build.unchanged();
                } else {
                    Future<SiteContent.Data> data = reading;
                    reading = next < toRead.size() ? read(ahead, toRead.get(next)) : null;
                    next++;
                    one = render(build, SiteReading.result(data), new PrintWriter(java.io.Writer.nullWriter()), turn);
                }
                progress.print(build.slug());
                progress.print(": ");
                progress.println(one.describe());
                progress.flush();
                summaries.add(one);
            }
        } finally {
            ahead.shutdownNow();
        }
        return combined(summaries, councils, (System.nanoTime() - started) / 1_000_000);
    }

    private Future<SiteContent.Data> read(ExecutorService ahead, Build build) {
        return ahead.submit(() -> SiteReading.of(api, build.slug()));
    }

    /** Several councils' publishes as one summary: their pages and files added up, the heaviest page of all. */
    private static Summary combined(List<Summary> summaries, List<Map<String, Object>> councils, long millis) {
        int pages = 0;
        int rendered = 0;
        int files = 0;
        int written = 0;
        int unchanged = 0;
        long html = 0;
        String heaviest = "";
        int heaviestBytes = 0;
        boolean changed = false;
        for (int i = 0; i < summaries.size(); i++) {
            Summary one = summaries.get(i);
            pages += one.pages();
            rendered += one.rendered();
            files += one.outcome().files();
            written += one.outcome().written();
            unchanged += one.outcome().unchanged();
            html += one.htmlBytes();
            changed |= one.outcome().changed();
            if (one.heaviestBytes() > heaviestBytes) {
                heaviestBytes = one.heaviestBytes();
                heaviest = new StringBuilder("/").append(councils.get(i).get("slug")).append(one.heaviestPage()).toString();
            }
        }
        return new Summary(pages, rendered, new SiteFolder.Outcome(changed, files, written, unchanged,
                new StringBuilder().append(councils.size()).append(" councils").toString()),
                millis, heaviest, heaviestBytes, html);
    }

    private Summary publish(SiteFolder folder, PrintWriter progress, Map<String, Object> councilRow) {
        Build build = Build.of(folder, councilRow);
        if (build.upToDate()) {
            return build.unchanged();
        }
        progress.println("Reading from the API ...");
        progress.flush();
        return render(build, SiteReading.of(api, build.slug()), progress, build.started());
    }

    /**
     * One council's site to publish: its folder, and the key of what its files depend on. The council's own data
     * version is in the key, so another council's import leaves this council's site as it is.
     */
    private record Build(SiteFolder folder, String slug, String council, String key, Optional<SiteFolder.Built> built,
                         long started) {

        static Build of(SiteFolder folder, Map<String, Object> councilRow) {
            String slug = String.valueOf(councilRow.get("slug"));
            String key = BuildKey.of(String.valueOf(councilRow.get("dataVersion")), slug);
            return new Build(folder, slug, String.valueOf(councilRow.get("name")), key,
                    folder.built().filter(b -> b.key().equals(key)), System.nanoTime());
        }

        /** Same data, same council, same publisher: the files would be the same bytes. */
        boolean upToDate() {
            return built.isPresent();
        }

        Summary unchanged() {
            SiteFolder.Built b = built.orElseThrow();
            return new Summary(b.pages(), 0, new SiteFolder.Outcome(false, b.files(), 0, b.files(), b.version()),
                    (System.nanoTime() - started) / 1_000_000, b.heaviestPage(), b.heaviestBytes(), b.htmlBytes());
        }
    }

    /**
     * Renders and publishes one council's site from its data; its summary's time counts from started. Each file goes
     * into the new version as it is made, from whichever core made it.
     */
    private Summary render(Build build, SiteContent.Data data, PrintWriter progress, long started) {
        progress.printf("Read %d reports and %d plans.%n", data.reports().size(), data.plans().size());
        try (SiteFolder.NewVersion site = build.folder().newVersion()) {
            Assets.all().forEach(site::put);
            List<Page> pages = new SiteContent(data, build.council()).pages(site::put);
            progress.printf("Rendering %d pages ...%n", pages.size());
            progress.flush();
            PageRenderer renderer = new PageRenderer(Map.of("name", "Council performance", "council", build.council()));
            // Pages render independently: on every core at once. Only their sizes are kept.
            int[] sizes = pages.parallelStream().mapToInt(page -> {
                byte[] html = renderer.renderBytes(page);
                site.put(page.file(), html);
                return html.length;
            }).toArray();
            String heaviest = "";
            int heaviestBytes = 0;
            long htmlBytes = 0;
            for (int i = 0; i < pages.size(); i++) {
                htmlBytes += sizes[i];
                if (sizes[i] > heaviestBytes) {
                    heaviestBytes = sizes[i];
                    heaviest = pages.get(i).url();
                }
            }
            site.put("sitemap.xml", Sitemap.of(pages).getBytes(StandardCharsets.UTF_8));
            site.put("robots.txt", "User-agent: *\nAllow: /\nSitemap: /sitemap.xml\n".getBytes(StandardCharsets.UTF_8));
            SiteFolder.Outcome outcome = site.commit();
            build.folder().recordBuilt(new SiteFolder.Built(outcome.version(), build.key(), pages.size(), outcome.files(),
                    htmlBytes, heaviest, heaviestBytes));
            return new Summary(pages.size(), pages.size(), outcome, (System.nanoTime() - started) / 1_000_000, heaviest,
                    heaviestBytes, htmlBytes);
        }
    }
}
