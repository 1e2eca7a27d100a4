package uk.councilperformance.publishing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plans name each figure's report by slug only (asking the API for the same report's title and meeting with
 * every one of thousands of figures made the plans twice the work to answer); this puts back the report's slug,
 * title and meeting, one shared map per report, from the reports already read.
 */
final class ReportReferences {

    private ReportReferences() {
    }

    static void expand(List<Map<String, Object>> plans, List<Map<String, Object>> reports) {
        Map<Object, Map<String, Object>> bySlug = new HashMap<>();
        for (Map<String, Object> report : reports) {
            Map<String, Object> reference = new LinkedHashMap<>();
            reference.put("slug", report.get("slug"));
            reference.put("title", report.get("title"));
            Map<?, ?> meeting = (Map<?, ?>) report.get("meeting");
            Map<String, Object> when = new LinkedHashMap<>();
            when.put("body", meeting == null ? null : meeting.get("body"));
            when.put("date", meeting == null ? null : meeting.get("date"));
            reference.put("meeting", when);
            bySlug.put(report.get("slug"), reference);
        }
        plans.forEach(plan -> walk(plan, bySlug));
    }

    @SuppressWarnings("unchecked")
    private static void walk(Object node, Map<Object, Map<String, Object>> bySlug) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                if (e.getKey().equals("report") && e.getValue() instanceof Map<?, ?> ref && ref.size() == 1
                        && bySlug.containsKey(ref.get("slug"))) {
                    e.setValue(bySlug.get(ref.get("slug")));
                } else {
                    walk(e.getValue(), bySlug);
                }
            }
        } else if (node instanceof List<?> list) {
            list.forEach(item -> walk(item, bySlug));
        }
    }
}
