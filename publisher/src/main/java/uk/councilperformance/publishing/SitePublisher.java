package uk.councilperformance.publishing;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds the whole site from the API into a folder: fetch, make pages, render, replace atomically.
 * The same data always gives byte-identical files (no build times, stable order).
 */
public class SitePublisher {

    /** The build summary officers see. */
    public record Summary(int pages, SiteFolder.Outcome outcome, long millis, String heaviestPage, int heaviestBytes) {

        public String describe() {
            return String.format("Published %d pages, %d files (%d written, %d unchanged) in %.1f s. Heaviest page: %s (%,d bytes)%s",
                    pages, outcome.files(), outcome.written(), outcome.unchanged(), millis / 1000.0, heaviestPage,
                    heaviestBytes, outcome.changed() ? "" : ". Nothing changed since the last publish.");
        }
    }

    private final SiteApi api;

    public SitePublisher(SiteApi api) {
        this.api = api;
    }

    public Summary publish(SiteFolder folder, PrintWriter progress) {
        long started = System.nanoTime();
        progress.println("Reading from the API ...");
        progress.flush();
        List<SiteData.Report> reports = api.reports();
        List<Page> pages = new ArrayList<>(new SitePages(reports).all());
        progress.printf("Rendering %d pages ...%n", pages.size());
        progress.flush();
        PageRenderer renderer = new PageRenderer(Map.of("name", "Council performance", "council", "Cannock Chase District Council"));
        SortedMap<String, byte[]> files = new TreeMap<>(Assets.all());
        String heaviest = "";
        int heaviestBytes = 0;
        int done = 0;
        for (Page page : pages) {
            byte[] html = renderer.render(page).getBytes(StandardCharsets.UTF_8);
            files.put(page.file(), html);
            if (html.length > heaviestBytes) {
                heaviestBytes = html.length;
                heaviest = page.url();
            }
            if (++done % 50 == 0) {
                progress.printf("  %d/%d pages%n", done, pages.size());
                progress.flush();
            }
        }
        files.put("sitemap.xml", Sitemap.of(pages).getBytes(StandardCharsets.UTF_8));
        files.put("robots.txt", "User-agent: *\nAllow: /\nSitemap: /sitemap.xml\n".getBytes(StandardCharsets.UTF_8));
        SiteFolder.Outcome outcome = folder.publish(files);
        return new Summary(pages.size(), outcome, (System.nanoTime() - started) / 1_000_000, heaviest, heaviestBytes);
    }

    static Comparator<SiteData.Report> newestFirst() {
        return Comparator.comparing((SiteData.Report r) -> r.meeting().date()).reversed().thenComparing(SiteData.Report::slug);
    }
}
