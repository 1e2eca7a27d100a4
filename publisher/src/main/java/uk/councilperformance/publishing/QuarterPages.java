package uk.councilperformance.publishing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page per quarter that has a report: the reports as at that quarter, their summary tables with the
 * published counts beside the computed ones, and every milestone rating and indicator figure for the quarter.
 */
final class QuarterPages {

    private QuarterPages() {
    }

    static Map<String, Object> model(Map<String, Object> quarter, List<Map<String, Object>> reports,
                                     List<Map<String, Object>> plans) {
        String year = Json.text(quarter, "financialYear");
        String q = Json.text(quarter, "quarter");
        List<Object> slugs = Json.list(quarter, "reports").stream().map(r -> r.get("slug")).toList();
        List<Map<String, Object>> quarterReports = reports.stream().filter(r -> slugs.contains(r.get("slug"))).toList();
        List<Map<String, Object>> tables = new ArrayList<>();
        for (Map<String, Object> report : quarterReports) {
            for (Map<String, Object> table : Json.list(report, "summaryTables")) {
                Map<String, Object> grid = SummaryGrid.of(table);
                grid.put("reportTitle", report.get("title"));
                grid.put("reportUrl", "/" + Urls.report(Json.text(report, "slug")));
                tables.add(grid);
            }
        }
        List<Map<String, Object>> byPlan = new ArrayList<>();
        for (Map<String, Object> plan : plans) {
            if (!year.equals(plan.get("financialYear"))) {
                continue;
            }
            List<Map<String, Object>> rated = new ArrayList<>();
            List<Map<String, Object>> figures = new ArrayList<>();
            for (Map<String, Object> theme : Json.list(plan, "themes")) {
                for (Map<String, Object> project : Json.list(theme, "projects")) {
                    for (Map<String, Object> m : Json.list(project, "milestones")) {
                        Json.list(m, "ratings").stream().filter(r -> q.equals(r.get("quarter"))).findFirst().ifPresent(r -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("name", m.get("name"));
                            row.put("status", r.get("status"));
                            row.put("publishedSymbol", r.get("publishedSymbol"));
                            row.put("url", "/" + Urls.project(year, Json.text(plan, "key"), Json.text(theme, "key"), Json.text(project, "key")));
                            rated.add(row);
                        });
                    }
                }
                for (Map<String, Object> i : Json.list(theme, "indicators")) {
                    Json.list(i, "values").stream().filter(v -> q.equals(v.get("field"))).findFirst().ifPresent(v -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("name", IndicatorPages.name(i));
                        row.put("text", v.get("publishedText"));
                        row.put("revised", v.get("revised"));
                        row.put("url", "/" + Urls.indicator((String) Json.at(i, "series.key")));
                        row.put("reportUrl", "/" + Urls.report((String) Json.at(v, "source.report.slug")));
                        figures.add(row);
                    });
                }
            }
            if (!rated.isEmpty() || !figures.isEmpty()) {
                Map<String, Object> section = new LinkedHashMap<>();
                section.put("title", plan.get("title"));
                section.put("url", "/" + Urls.plan(year, Json.text(plan, "key")));
                section.put("counts", PlanPages.counts(rated));
                section.put("milestones", rated);
                section.put("figures", figures);
                byPlan.add(section);
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("quarter", quarter);
        model.put("reports", quarterReports);
        model.put("tables", tables);
        model.put("discrepancies", tables.stream().filter(t -> Boolean.TRUE.equals(t.get("hasDiscrepancy"))).count());
        model.put("plans", byPlan);
        model.put("csv", "/" + Urls.quarter(year, q) + "data.csv");
        model.put("json", "/" + Urls.quarter(year, q) + "data.json");
        return model;
    }
}
