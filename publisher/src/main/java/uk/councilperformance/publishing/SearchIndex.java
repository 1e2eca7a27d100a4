package uk.councilperformance.publishing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The search index a static host can serve: one entry per plan, theme, indicator, project, quarter and report
 * page, with the words to match. The search page lists every entry (it works without JavaScript); the script
 * narrows the list as the reader types.
 */
final class SearchIndex {

    private static final Map<String, String> KINDS = Map.of(
            "pages/plan", "Plan", "pages/theme", "Theme", "pages/indicator", "Indicator", "pages/project", "Project",
            "pages/quarter", "Quarter", "pages/report", "Report");

    private SearchIndex() {
    }

    static List<Map<String, Object>> of(List<Page> pages) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Page page : pages) {
            String kind = KINDS.get(page.template());
            if (kind == null) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", page.title());
            entry.put("kind", kind);
            entry.put("url", page.url());
            entry.put("words", (kind + " " + page.title() + " " + context(page)).toLowerCase(Locale.ROOT));
            entry.put("context", context(page));
            entries.add(entry);
        }
        entries.sort(Comparator.comparing((Map<String, Object> e) -> e.get("title").toString().toLowerCase(Locale.ROOT))
                .thenComparing(e -> e.get("url").toString()));
        return entries;
    }

    private static String context(Page page) {
        Object plan = page.model().get("plan");
        if (plan instanceof Map<?, ?> p) {
            return p.get("title") + " (" + p.get("financialYear") + ")";
        }
        if (page.model().get("years") instanceof List<?> years && !years.isEmpty()) {
            return "Financial years " + years.stream().map(y -> String.valueOf(((Map<?, ?>) y).get("financialYear")))
                    .reduce((a, b) -> a + ", " + b).orElse("");
        }
        if (page.model().get("report") instanceof Map<?, ?> r) {
            return r.get("financialYear") + " " + r.get("quarter") + ", " + Json.at(r, "meeting.body");
        }
        return "";
    }
}
