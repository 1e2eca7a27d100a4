package uk.councilperformance.publishing;

import java.io.IOException;
import java.io.StringWriter;
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

    private final PebbleEngine engine;
    private final Map<String, Object> site;

    public PageRenderer(Map<String, Object> site) {
        ClasspathLoader loader = new ClasspathLoader(PageRenderer.class.getClassLoader());
        loader.setPrefix("site/templates");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .extension(new SiteFilters())
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(true)
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
        this.site = Map.copyOf(site);
    }

    public String render(Page page) {
        Map<String, Object> context = new HashMap<>(page.model());
        context.put("site", site);
        context.put("page", page);
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(page.template()).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
