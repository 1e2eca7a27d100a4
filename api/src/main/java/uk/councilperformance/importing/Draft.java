package uk.councilperformance.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as the importer reads it, before it is written in the canonical form. Each part turns itself
 * into the canonical file's structure (docs/canonical-format.md); blank cells are simply absent.
 */
final class Draft {

    private Draft() {
    }

    static void put(Map<String, Object> map, String key, Object value) {
        if (value instanceof String s && s.isBlank() || value == null) {
            return;
        }
        if (value instanceof Map<?, ?> m && m.isEmpty() || value instanceof List<?> l && l.isEmpty()) {
            return;
        }
        map.put(key, value);
    }

    static final class Plan {
        String key;
        String title;
        String appendix;
        int line;
        String commentary;
        String commentHeading;
        final List<Summary> summaries = new ArrayList<>();
        final List<Theme> themes = new ArrayList<>();
        /** Indicators printed before any theme heading in the plan: placed in its first theme. */
        final List<Indicator> unthemed = new ArrayList<>();

        boolean isEmpty() {
            return summaries.isEmpty() && themes.isEmpty() && unthemed.isEmpty();
        }

        /** Every milestone of the plan, theme by theme. */
        List<Milestone> milestones() {
            return themes.stream().flatMap(t -> t.projects.stream()).flatMap(p -> p.milestones.stream()).toList();
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "key", key);
            put(m, "title", title);
            put(m, "appendix", appendix);
            m.put("line", line);
            put(m, "commentary", commentary);
            put(m, "commentHeading", commentHeading);
            put(m, "summaries", summaries.stream().map(Summary::toMap).toList());
            put(m, "themes", themes.stream().map(Theme::toMap).toList());
            return m;
        }
    }

    static final class Theme {
        String name;
        int line;
        final List<Indicator> indicators = new ArrayList<>();
        final List<Project> projects = new ArrayList<>();

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "name", name);
            m.put("line", line);
            put(m, "indicators", indicators.stream().map(Indicator::toMap).toList());
            put(m, "projects", projects.stream().map(Project::toMap).toList());
            return m;
        }
    }

    static final class Indicator {
        String name;
        String breakdown;
        String frequency;
        String lastYearOutturn;
        String target;
        final Map<String, String> values = new LinkedHashMap<>();
        String total;
        String totalType;
        String assessment;
        String comparison;
        final List<String> notes = new ArrayList<>();
        int line;

        boolean hasFigures() {
            return lastYearOutturn != null || target != null || !values.isEmpty() || total != null
                    || assessment != null || comparison != null;
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "name", name);
            put(m, "breakdown", breakdown);
            put(m, "frequency", frequency);
            put(m, "lastYearOutturn", lastYearOutturn);
            put(m, "target", target);
            put(m, "values", new LinkedHashMap<>(values));
            put(m, "total", total);
            put(m, "totalType", totalType);
            put(m, "comparison", comparison);
            put(m, "assessment", assessment);
            put(m, "note", String.join(" ", notes));
            m.put("line", line);
            return m;
        }
    }

    /** Approach text shared by the projects of one block of rows (the cell may wrap over several rows). */
    static final class Approach {
        final List<String> pieces = new ArrayList<>();
        String text;
    }

    static final class Project {
        Approach approach;
        /** A 2017/18 action: project and its one milestone carry the same name. */
        boolean action;
        final List<String> nameParts = new ArrayList<>();
        String name;
        final List<String> outcomes = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        int line;
        final List<Milestone> milestones = new ArrayList<>();

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "approach", approach == null ? null : approach.text);
            put(m, "name", name);
            put(m, "outcomes", outcomes.isEmpty() ? null : String.join("\n", outcomes));
            put(m, "note", String.join(" ", notes));
            m.put("line", line);
            put(m, "milestones", milestones.stream().map(Milestone::toMap).toList());
            return m;
        }
    }

    static final class Milestone {
        String name;
        final List<String> nameParts = new ArrayList<>();
        final List<String> commentParts = new ArrayList<>();
        String comment;
        String due;
        final Map<String, String> ratings = new LinkedHashMap<>();
        final Map<String, String> cells = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();
        int line;

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "name", name);
            put(m, "comment", comment);
            put(m, "due", due);
            put(m, "ratings", new LinkedHashMap<>(ratings));
            put(m, "cells", new LinkedHashMap<>(cells));
            put(m, "note", String.join(" ", notes));
            m.put("line", line);
            return m;
        }
    }

    static final class Summary {
        String title;
        String table;
        String kind;
        String period;
        String quarter;
        String note;
        int line;
        final List<SummaryRow> rows = new ArrayList<>();

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "title", title);
            put(m, "table", table);
            put(m, "kind", kind);
            put(m, "period", period);
            put(m, "quarter", quarter);
            put(m, "note", note);
            m.put("line", line);
            List<Object> r = new ArrayList<>();
            for (SummaryRow row : rows) {
                r.add(row.toMap());
            }
            m.put("rows", r);
            return m;
        }
    }

    static final class SummaryRow {
        String plan;
        String label;
        final Map<String, String> counts = new LinkedHashMap<>();
        String total;
        int line;

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "plan", plan);
            put(m, "label", label);
            m.put("counts", new LinkedHashMap<>(counts));
            put(m, "total", total);
            return m;
        }
    }
}
