package uk.councilperformance.publishing;

import java.util.List;

/** sitemap.xml: every page, by its path from the site root (the host is the publisher's to choose). */
final class Sitemap {

    private Sitemap() {
    }

    static String of(List<Page> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream().filter(p -> !p.file().equals("404.html")).map(Page::url).sorted()
                .forEach(url -> xml.append("  <url><loc>").append(url).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }
}
