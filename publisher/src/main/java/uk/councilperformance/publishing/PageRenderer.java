package uk.councilperformance.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

/**
 * Renders pages with the Pebble templates in site/templates. Autoescaping is on for every template, so
 * the council's text (which holds HTML fragments) always appears as text, never as markup.
 */
public class PageRenderer {

    /** One engine for the process: templates are compiled once, not once per council published. */
    private static final class Engine {
        static final PebbleEngine INSTANCE = build();

        private static PebbleEngine build() {
            ClasspathLoader loader = new ClasspathLoader(PageRenderer.class.getClassLoader());
            loader.setPrefix("site/templates");
            loader.setSuffix(".peb");
            return new PebbleEngine.Builder()
                    .loader(loader)
                    .extension(new SiteFilters(), new MapAttributes(), new EscapedPrint())
                    .autoEscaping(true)
                    .defaultEscapingStrategy("html")
                    .addEscapingStrategy("html", HtmlText::escape)
                    .strictVariables(true)
                    .newLineTrimming(true)
                    .cacheActive(true)
                    .build();
        }
    }

    private final PebbleEngine engine = Engine.INSTANCE;
    private final Map<String, Object> site;

    public PageRenderer(Map<String, Object> site) {
        this.site = Map.copyOf(site);
    }

    public String render(Page page) {
        return new String(renderBytes(page), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The page as the UTF-8 bytes of its file, encoded as it renders (no whole-page string made on the way). */
    public byte[] renderBytes(Page page) {
        Map<String, Object> context = new HashMap<>(page.model());
        context.put("site", site);
        context.put("page", page);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(32 * 1024);
        try (java.io.Writer out = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
            engine.getTemplate(page.template()).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
