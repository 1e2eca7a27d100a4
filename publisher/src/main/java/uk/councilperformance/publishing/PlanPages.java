package uk.councilperformance.publishing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A page per plan-year, per theme and per key project. */
final class PlanPages {

    private PlanPages() {
    }

    static List<Page> pages(Map<String, Object> plan) {
        String year = Json.text(plan, "financialYear");
        String planKey = Json.text(plan, "key");
        List<Page> pages = new ArrayList<>();
        List<Map<String, Object>> themes = new ArrayList<>();
        for (Map<String, Object> theme : Json.list(plan, "themes")) {
            Map<String, Object> view = theme(plan, theme);
            themes.add(view);
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("plan", header(plan));
            model.put("theme", view);
            pages.add(new Page(Urls.theme(year, planKey, Json.text(theme, "key")), "pages/theme", Json.text(theme, "name"), model));
            for (Map<String, Object> project : Json.list(theme, "projects")) {
                pages.add(project(plan, theme, project));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("plan", header(plan));
        model.put("themes", themes);
        model.put("counts", counts(milestones(plan)));
        model.put("csv", "/" + Urls.plan(year, planKey) + "data.csv");
        model.put("json", "/" + Urls.plan(year, planKey) + "data.json");
        pages.add(0, new Page(Urls.plan(year, planKey), "pages/plan", Json.text(plan, "title"), model));
        return pages;
    }

    static Map<String, Object> header(Map<String, Object> plan) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("title", plan.get("title"));
        header.put("financialYear", plan.get("financialYear"));
        header.put("url", "/" + Urls.plan(Json.text(plan, "financialYear"), Json.text(plan, "key")));
        header.put("scheme", plan.get("ratingScheme"));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Map<String, Object> e : Json.list(plan, "entries")) {
            Map<String, Object> entry = new LinkedHashMap<>(e);
            entry.put("reportUrl", "/" + Urls.report((String) Json.at(e, "report.slug")));
            entries.add(entry);
        }
        header.put("entries", entries);
        return header;
    }

    private static Map<String, Object> theme(Map<String, Object> plan, Map<String, Object> theme) {
        String year = Json.text(plan, "financialYear");
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", theme.get("name"));
        view.put("url", "/" + Urls.theme(year, Json.text(plan, "key"), Json.text(theme, "key")));
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (Map<String, Object> i : Json.list(theme, "indicators")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", IndicatorPages.name(i));
            row.put("url", "/" + Urls.indicator((String) Json.at(i, "series.key")));
            row.put("frequency", i.get("frequency"));
            Map<String, Object> byField = new LinkedHashMap<>();
            Json.list(i, "values").forEach(v -> byField.put(Json.text(v, "field"), v));
            List<Object> cells = new ArrayList<>();
            for (String field : IndicatorPages.COLUMNS) {
                cells.add(byField.get(field) == null ? null : Json.text(byField.get(field), "publishedText"));
            }
            row.put("cells", cells);
            Map<Object, Map<String, Object>> sources = new LinkedHashMap<>();
            for (Map<String, Object> v : Json.list(i, "values")) {
                Object slug = Json.at(v, "source.report.slug");
                sources.computeIfAbsent(slug, k -> Json.ordered("url", "/" + Urls.report((String) k),
                        "label", Json.at(v, "source.report.meeting.body") + ", "
                                + Words.longDate((String) Json.at(v, "source.report.meeting.date"))));
            }
            row.put("sources", List.copyOf(sources.values()));
            indicators.add(row);
        }
        view.put("indicators", indicators);
        view.put("columns", IndicatorPages.COLUMNS);
        List<Map<String, Object>> projects = new ArrayList<>();
        for (Map<String, Object> p : Json.list(theme, "projects")) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", p.get("name"));
            row.put("approach", p.get("approach"));
            row.put("url", "/" + Urls.project(year, Json.text(plan, "key"), Json.text(theme, "key"), Json.text(p, "key")));
            row.put("counts", counts(Json.list(p, "milestones")));
            row.put("milestones", Json.list(p, "milestones").size());
            projects.add(row);
        }
        view.put("projects", projects);
        return view;
    }

    /** Every milestone of every project of a plan. */
    static List<Map<String, Object>> milestones(Map<String, Object> plan) {
        return Json.list(plan, "themes").stream().flatMap(t -> Json.list(t, "projects").stream())
                .flatMap(p -> Json.list(p, "milestones").stream()).toList();
    }

    /** How many milestones stand at each status now, in the common order; statuses with none left out. */
    static List<Map<String, Object>> counts(List<Map<String, Object>> milestones) {
        List<Map<String, Object>> counts = new ArrayList<>();
        for (String status : Words.STATUS_ORDER) {
            long n = milestones.stream().filter(m -> status.equals(m.get("status"))).count();
            if (n > 0) {
                counts.add(Json.ordered("status", status, "count", n));
            }
        }
        return counts;
    }

    private static Page project(Map<String, Object> plan, Map<String, Object> theme, Map<String, Object> project) {
        String year = Json.text(plan, "financialYear");
        List<Map<String, Object>> milestones = new ArrayList<>();
        for (Map<String, Object> m : Json.list(project, "milestones")) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("name", m.get("name"));
            view.put("status", m.get("status"));
            view.put("due", m.get("due"));
            view.put("overdue", m.get("overdue"));
            view.put("slipped", m.get("slipped"));
            List<String> dues = new ArrayList<>();
            for (Map<String, Object> e : Json.list(m, "entries")) {
                Object due = e.get("due");
                if (due != null && (dues.isEmpty() || !dues.get(dues.size() - 1).equals(due))) {
                    dues.add(due.toString());
                }
            }
            view.put("dueHistory", dues);
            view.put("ratings", Json.list(m, "ratingHistory").stream().map(r -> {
                Map<String, Object> row = new LinkedHashMap<>(r);
                row.put("reportUrl", "/" + Urls.report((String) Json.at(r, "source.report.slug")));
                row.put("reportDate", Json.at(r, "source.report.meeting.date"));
                row.put("reportBody", Json.at(r, "source.report.meeting.body"));
                return row;
            }).toList());
            view.put("entries", Json.list(m, "entries").stream().map(e -> {
                Map<String, Object> row = new LinkedHashMap<>(e);
                row.put("reportUrl", "/" + Urls.report((String) Json.at(e, "source.report.slug")));
                row.put("reportDate", Json.at(e, "source.report.meeting.date"));
                row.put("reportBody", Json.at(e, "source.report.meeting.body"));
                return row;
            }).toList());
            milestones.add(view);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("plan", header(plan));
        model.put("theme", Json.ordered("name", theme.get("name"), "url", "/" + Urls.theme(year, Json.text(plan, "key"), Json.text(theme, "key"))));
        model.put("project", project);
        model.put("milestones", milestones);
        model.put("counts", counts(Json.list(project, "milestones")));
        return new Page(Urls.project(year, Json.text(plan, "key"), Json.text(theme, "key"), Json.text(project, "key")),
                "pages/project", Json.text(project, "name"), model);
    }
}
