package uk.councilperformance.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The site's static files: GOV.UK Frontend from its WebJar (served from the site itself, no CDN) and the
 * site's own assets from site/assets.
 */
public final class Assets {

    private static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

    /** GOV.UK Frontend files the site uses, by where they go. */
    private static final Map<String, String> FROM_GOVUK = Map.of(
            "assets/govuk-frontend.min.css", "govuk-frontend.min.css",
            "assets/govuk-frontend.min.js", "govuk-frontend.min.js");

    /** The site's own files in site/assets. */
    private static final String[] OWN = {"site.css", "search.js", "favicon.svg"};

    private Assets() {
    }

    /** Read once per process: every council's site has the same assets. */
    private static final SortedMap<String, byte[]> ALL = java.util.Collections.unmodifiableSortedMap(read());

    /** The asset files by where they go (the arrays are shared: never change them). */
    public static SortedMap<String, byte[]> all() {
        return ALL;
    }

    private static SortedMap<String, byte[]> read() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        FROM_GOVUK.forEach((to, from) -> {
            byte[] content = read(GOVUK + from);
            files.put(to, to.endsWith(".css") ? withoutGdsTransport(content) : content);
        });
        for (String own : OWN) {
            files.put("assets/" + own, read("site/assets/" + own));
        }
        return files;
    }

    /**
     * The GDS Transport typeface may only be used by services on GOV.UK, which a council's site is not:
     * drop its @font-face rules and its name from font stacks, leaving the fallbacks (Arial, sans-serif).
     */
    static byte[] withoutGdsTransport(byte[] css) {
        String text = new String(css, StandardCharsets.UTF_8)
                .replaceAll("@font-face\\{[^}]*GDS Transport[^}]*\\}", "")
                .replace("\"GDS Transport\",", "")
                .replace("GDS Transport,", "");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
