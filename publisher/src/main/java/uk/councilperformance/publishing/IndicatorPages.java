package uk.councilperformance.publishing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page per indicator series: the same indicator across every financial year, as a chart and as the same
 * numbers in a table, with a one-sentence summary, every figure linked to its source and revisions shown.
 */
final class IndicatorPages {

    static final List<String> QUARTERS = List.of("Q1", "Q2", "Q3", "Q4");
    static final List<String> COLUMNS = List.of("LAST_YEAR_OUTTURN", "TARGET", "Q1", "Q2", "Q3", "Q4", "TOTAL");

    /** One year's indicator in a series, with where it sits. */
    record Member(Map<String, Object> plan, Map<String, Object> theme, Map<String, Object> indicator) {

        String year() {
            return Json.text(plan, "financialYear");
        }
    }

    private IndicatorPages() {
    }

    /** Indicators grouped by series key, each series oldest year first. */
    static Map<String, List<Member>> series(List<Map<String, Object>> plans) {
        Map<String, List<Member>> series = new LinkedHashMap<>();
        for (Map<String, Object> plan : plans) {
            for (Map<String, Object> theme : Json.list(plan, "themes")) {
                for (Map<String, Object> indicator : Json.list(theme, "indicators")) {
                    series.computeIfAbsent((String) Json.at(indicator, "series.key"), k -> new ArrayList<>())
                            .add(new Member(plan, theme, indicator));
                }
            }
        }
        series.values().forEach(members -> members.sort(Comparator.comparing(Member::year)));
        return series;
    }

    static Page page(String key, List<Member> members) {
        Member latest = members.get(members.size() - 1);
        String title = name(latest.indicator());
        List<Map<String, Object>> years = new ArrayList<>();
        List<IndicatorChart.Point> points = new ArrayList<>();
        List<String> pointYears = new ArrayList<>();
        List<IndicatorChart.Target> targets = new ArrayList<>();
        String kind = numberKind(members);
        for (Member m : members) {
            Map<String, Map<String, Object>> byField = new LinkedHashMap<>();
            Json.list(m.indicator(), "values").forEach(v -> byField.put(Json.text(v, "field"), v));
            List<Map<String, Object>> cells = new ArrayList<>();
            for (String field : COLUMNS) {
                cells.add(byField.containsKey(field) ? cell(byField.get(field)) : Json.ordered("field", field, "blank", true));
            }
            for (String q : QUARTERS) {
                BigDecimal n = number(byField.get(q), kind);
                if (n != null) {
                    points.add(new IndicatorChart.Point(q + " " + m.year(), n, Json.text(byField.get(q), "publishedText")));
                    pointYears.add(m.year());
                }
            }
            BigDecimal target = number(byField.get("TARGET"), kind);
            if (target != null) {
                targets.add(new IndicatorChart.Target(m.year(), target));
            }
            Map<String, Object> year = new LinkedHashMap<>();
            year.put("financialYear", m.year());
            year.put("name", name(m.indicator()));
            year.put("frequency", m.indicator().get("frequency"));
            year.put("plan", m.plan().get("title"));
            year.put("planUrl", "/" + Urls.plan(m.year(), Json.text(m.plan(), "key")));
            year.put("theme", m.theme().get("name"));
            year.put("themeUrl", "/" + Urls.theme(m.year(), Json.text(m.plan(), "key"), Json.text(m.theme(), "key")));
            year.put("cells", cells);
            year.put("revisions", revisions(m.indicator()));
            year.put("notes", Json.list(m.indicator(), "entries").stream().filter(e -> e.get("note") != null).toList());
            years.add(year);
        }
        String summary = summary(title, points, Json.text(latest.indicator(), "polarity"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        model.put("key", key);
        model.put("unit", kind);
        model.put("summary", summary);
        model.put("years", years);
        model.put("columns", COLUMNS);
        model.put("chart", IndicatorChart.of(points, targets, pointYears, summary));
        model.put("points", points);
        model.put("csv", "/" + Urls.indicator(key) + "data.csv");
        model.put("json", "/" + Urls.indicator(key) + "data.json");
        return new Page(Urls.indicator(key), "pages/indicator", title, model);
    }

    static String name(Map<String, Object> indicator) {
        Object breakdown = indicator.get("breakdown");
        return indicator.get("name") + (breakdown == null ? "" : " – " + breakdown);
    }

    private static Map<String, Object> cell(Map<String, Object> value) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("field", value.get("field"));
        cell.put("blank", false);
        cell.put("text", value.get("publishedText"));
        cell.put("revised", value.get("revised"));
        cell.put("reportUrl", "/" + Urls.report((String) Json.at(value, "source.report.slug")));
        cell.put("source", Json.at(value, "source.report.meeting.body") + ", "
                + Words.longDate((String) Json.at(value, "source.report.meeting.date")));
        cell.put("line", Json.at(value, "source.line"));
        return cell;
    }

    /**
     * Every figure that changed between reports: each version in order, with its source. The API gives only those
     * (site-plans asks for revisions(revisedOnly: true)).
     */
    private static List<Map<String, Object>> revisions(Map<String, Object> indicator) {
        return Json.list(indicator, "revisions").stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("field", r.get("field"));
            row.put("text", r.get("publishedText"));
            row.put("reportUrl", "/" + Urls.report((String) Json.at(r, "source.report.slug")));
            row.put("source", Json.at(r, "source.report.meeting.body") + ", "
                    + Words.longDate((String) Json.at(r, "source.report.meeting.date")));
            return row;
        }).toList();
    }

    /** Which parsed number the chart uses: the kind most quarter figures have. */
    static String numberKind(List<Member> members) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Member m : members) {
            for (Map<String, Object> v : Json.list(m.indicator(), "values")) {
                for (String kind : List.of("percent", "count", "money")) {
                    if (v.get(kind) != null && QUARTERS.contains(v.get("field"))) {
                        counts.merge(kind, 1, Integer::sum);
                    }
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static BigDecimal number(Map<String, Object> value, String kind) {
        if (value == null || kind == null || value.get(kind) == null) {
            return null;
        }
        return new BigDecimal(value.get(kind).toString());
    }

    /** One plain-English sentence on the latest figures. */
    static String summary(String title, List<IndicatorChart.Point> points, String polarity) {
        if (points.isEmpty()) {
            return "No quarterly figure for this indicator has been published as a number; the table shows what was published.";
        }
        IndicatorChart.Point last = points.get(points.size() - 1);
        if (points.size() == 1) {
            return "The only quarterly figure published as a number is " + last.text() + " (" + last.period() + ").";
        }
        IndicatorChart.Point before = points.get(points.size() - 2);
        int direction = last.value().compareTo(before.value());
        String change = direction == 0 ? "the same as" : direction > 0 ? "up from" : "down from";
        String judgement = "";
        if (direction != 0 && polarity != null) {
            boolean better = (direction > 0) == polarity.equals("higher-is-better");
            judgement = better ? ", an improvement" : ", a worsening";
        }
        return "The latest figure is " + last.text() + " for " + last.period() + ", " + change + " " + before.text()
                + " for " + before.period() + judgement + ".";
    }
}
