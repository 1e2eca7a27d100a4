package uk.councilperformance.publishing;

import java.util.Map;

/**
 * One page of the site: where it goes (a folder path such as "reports/x/", or a file such as "404.html"),
 * which template renders it, and the values the template shows.
 */
public record Page(String path, String template, String title, Map<String, Object> model) {

    /** The file the page is written to. */
    public String file() {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** The page's URL from the site root. */
    public String url() {
        return "/" + path;
    }
}
