package uk.councilperformance.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which pages the site has, and what each shows. */
public class SitePages {

    private final List<SiteData.Report> reports;

    public SitePages(List<SiteData.Report> reports) {
        this.reports = reports.stream().sorted(SitePublisher.newestFirst()).toList();
    }

    public List<Page> all() {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("", "pages/home", "Council performance", Map.of("reports", reports)));
        pages.add(new Page("reports/", "pages/reports", "Reports and meetings", Map.of("reports", reports)));
        for (SiteData.Report report : reports) {
            pages.add(new Page("reports/" + report.slug() + "/", "pages/report", report.title(), Map.of("report", report)));
        }
        pages.add(new Page("about/", "pages/about", "About this site and how the figures are made", Map.of()));
        pages.add(new Page("accessibility/", "pages/accessibility", "Accessibility statement", Map.of()));
        pages.add(new Page("404.html", "pages/not-found", "Page not found", Map.of()));
        return pages;
    }
}
