package uk.councilperformance.publishing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the site holds, made from what the API returned: the pages, their data twins, the search
 * index and the feed. Same data, same content, in the same order.
 */
final class SiteContent {

    /** The API's answers the site is made from. */
    record Data(List<Map<String, Object>> reports, List<Map<String, Object>> plans, Map<String, Object> periods,
                Map<String, Map<String, Object>> changes) {
    }

    private final Data data;
    private final String council;
    /** Each plan's figure and rating rows, made once: the plan's, its quarters' and the whole set's CSVs all use them. */
    private final Map<Map<String, Object>, List<List<Object>>> figureRows = new java.util.IdentityHashMap<>();
    private final Map<Map<String, Object>, List<List<Object>>> ratingRows = new java.util.IdentityHashMap<>();

    SiteContent(Data data, String council) {
        this.data = data;
        this.council = council;
    }

    /** The quarters that have one of these reports, oldest first. */
    static List<Map<String, Object>> reportedQuarters(Map<String, Object> periods, List<Map<String, Object>> reports) {
        List<Object> slugs = reports.stream().map(r -> r.get("slug")).toList();
        List<Map<String, Object>> quarters = new ArrayList<>();
        for (Map<String, Object> year : Json.list(periods, "financialYears")) {
            for (Map<String, Object> q : Json.list(year, "quarters")) {
                if (Json.list(q, "reports").stream().anyMatch(r -> slugs.contains(r.get("slug")))) {
                    quarters.add(q);
                }
            }
        }
        return quarters;
    }

    /** The key of a quarter pair in Data.changes. */
    static String pairKey(Map<String, Object> from, Map<String, Object> to) {
        return from.get("id") + ">" + to.get("id");
    }

    /** The pages to render; every other file (downloads, search index, feed) goes to files as it is made. */
    List<Page> pages(SiteFiles files) {
        DataTwins twins = new DataTwins(council, files);
        List<Page> pages = new ArrayList<>();
        List<Map<String, Object>> reports = data.reports().stream()
                .sorted(Comparator.comparing((Map<String, Object> r) -> (String) Json.at(r, "meeting.date")).reversed()
                        .thenComparing(r -> (String) r.get("slug"))).toList();
        List<Map<String, Object>> quarters = reportedQuarters(data.periods(), data.reports());

        pages.add(home(reports, quarters));
        pages.add(new Page("reports/", "pages/reports", "Reports and meetings", Map.of("reports", reports)));
        for (Map<String, Object> report : reports) {
            pages.add(report(report));
        }
        pages.add(plansIndex());
        for (Map<String, Object> plan : data.plans()) {
            pages.addAll(PlanPages.pages(plan));
            Csv csv = new Csv(DataTwins.PAGE_HEADER);
            figureRows(plan).forEach(row -> csv.row(DataTwins.asPageRow(row)));
            ratingRows(plan).forEach(row -> csv.row(DataTwins.ratingAsPageRow(row)));
            twins.write(Urls.plan(Json.text(plan, "financialYear"), Json.text(plan, "key")), Json.text(plan, "title"), csv, plan);
        }
        Map<String, List<IndicatorPages.Member>> series = IndicatorPages.series(data.plans());
        List<Map<String, Object>> indicatorIndex = new ArrayList<>();
        series.forEach((key, members) -> {
            Page page = IndicatorPages.page(key, members);
            pages.add(page);
            Csv csv = new Csv(DataTwins.FIGURE_HEADER);
            members.forEach(m -> DataTwins.figureRows(m.plan(), m.theme(), m.indicator()).forEach(csv::row));
            twins.write(Urls.indicator(key), page.title(), csv, members.stream().map(IndicatorPages.Member::indicator).toList());
            indicatorIndex.add(Json.ordered("title", page.title(), "url", page.url(),
                    "years", members.stream().map(IndicatorPages.Member::year).distinct().toList()));
        });
        indicatorIndex.sort(Comparator.comparing(m -> m.get("title").toString().toLowerCase(java.util.Locale.ROOT)));
        pages.add(new Page("indicators/", "pages/indicators", "Performance indicators", Map.of("indicators", indicatorIndex)));
        List<Map<String, Object>> quarterIndex = new ArrayList<>();
        for (Map<String, Object> quarter : quarters) {
            Map<String, Object> model = QuarterPages.model(quarter, data.reports(), data.plans());
            String path = Urls.quarter(Json.text(quarter, "financialYear"), Json.text(quarter, "quarter"));
            pages.add(new Page(path, "pages/quarter", Json.text(quarter, "label"), model));
            twins.write(path, Json.text(quarter, "label"), quarterCsv(quarter), model.get("plans"));
            quarterIndex.add(Json.ordered("label", quarter.get("label"), "url", "/" + path));
        }
        pages.add(new Page("quarters/", "pages/quarters", "Quarters", Map.of("quarters", quarterIndex)));
        pages.add(new Page("about/", "pages/about", "About this site and how the figures are made",
                Map.of("schemes", Json.list(data.periods(), "ratingSchemes"))));
        pages.add(new Page("accessibility/", "pages/accessibility", "Accessibility statement", Map.of()));
        pages.add(new Page("data/", "pages/data", "Download the data", Map.of()));
        pages.add(new Page("404.html", "pages/not-found", "Page not found", Map.of()));
        List<Map<String, Object>> index = SearchIndex.of(pages);
        pages.add(new Page("search/", "pages/search", "Search", Map.of("items", index)));
        twins.writeJson("search-index.json", "Search index", index);
        twins.writeWholeJson("data/council-performance.json", "Council performance: every plan and report", data.reports(),
                data.plans());
        files.put("data/indicator-figures.csv", allFigures());
        files.put("data/milestone-ratings.csv", allRatings());
        files.put("feed.xml", Feed.of(council, reports, quarters, data.changes()).getBytes(StandardCharsets.UTF_8));
        twins.finish();
        return pages;
    }

    private Page home(List<Map<String, Object>> reports, List<Map<String, Object>> quarters) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("reports", reports.stream().limit(4).toList());
        if (!quarters.isEmpty()) {
            Map<String, Object> latest = quarters.get(quarters.size() - 1);
            model.put("latest", QuarterPages.model(latest, data.reports(), data.plans()));
            model.put("latestUrl", "/" + Urls.quarter(Json.text(latest, "financialYear"), Json.text(latest, "quarter")));
            if (quarters.size() > 1) {
                Map<String, Object> previous = quarters.get(quarters.size() - 2);
                model.put("previous", previous);
                model.put("changes", data.changes().get(pairKey(previous, latest)));
            }
        }
        return new Page("", "pages/home", "Council performance", model);
    }

    private Page report(Map<String, Object> report) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("report", report);
        model.put("tables", Json.list(report, "summaryTables").stream().map(SummaryGrid::of).toList());
        model.put("plans", Json.list(report, "plans").stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>(p);
            row.put("url", "/" + Urls.plan((String) Json.at(p, "plan.financialYear"), (String) Json.at(p, "plan.key")));
            return row;
        }).toList());
        model.put("quarterUrl", "/" + Urls.quarter(Json.text(report, "financialYear"), Json.text(report, "quarter")));
        return new Page(Urls.report(Json.text(report, "slug")), "pages/report", Json.text(report, "title"), model);
    }

    private Page plansIndex() {
        Map<String, List<Map<String, Object>>> byYear = new LinkedHashMap<>();
        data.plans().stream().sorted(Comparator.comparing((Map<String, Object> p) -> (String) p.get("financialYear")).reversed())
                .forEach(p -> byYear.computeIfAbsent(Json.text(p, "financialYear"), y -> new ArrayList<>())
                        .add(Json.ordered("title", p.get("title"), "url", "/" + Urls.plan(Json.text(p, "financialYear"), Json.text(p, "key")),
                                "counts", PlanPages.counts(PlanPages.milestones(p)))));
        List<Map<String, Object>> years = new ArrayList<>();
        byYear.forEach((year, plans) -> years.add(Json.ordered("financialYear", year, "plans", plans)));
        return new Page("plans/", "pages/plans", "Priority Delivery Plans", Map.of("years", years));
    }

    /** The quarter page's figures and ratings: what the latest report said for that quarter. */
    private Csv quarterCsv(Map<String, Object> quarter) {
        Csv csv = new Csv(DataTwins.PAGE_HEADER);
        String year = Json.text(quarter, "financialYear");
        String q = Json.text(quarter, "quarter");
        for (Map<String, Object> plan : data.plans()) {
            if (year.equals(plan.get("financialYear"))) {
                figureRows(plan).stream().filter(row -> q.equals(row.get(4))).forEach(row -> csv.row(DataTwins.asPageRow(row)));
                DataTwins.ratingRows(plan, q).forEach(row -> csv.row(DataTwins.ratingAsPageRow(row)));
            }
        }
        return csv;
    }

    private byte[] allRatings() {
        Csv csv = new Csv(DataTwins.RATING_HEADER);
        data.plans().forEach(plan -> ratingRows(plan).forEach(csv::row));
        return csv.bytes();
    }

    private byte[] allFigures() {
        Csv csv = new Csv(DataTwins.FIGURE_HEADER);
        data.plans().forEach(plan -> figureRows(plan).forEach(csv::row));
        return csv.bytes();
    }

    private List<List<Object>> figureRows(Map<String, Object> plan) {
        return figureRows.computeIfAbsent(plan, DataTwins::figureRows);
    }

    private List<List<Object>> ratingRows(Map<String, Object> plan) {
        return ratingRows.computeIfAbsent(plan, p -> DataTwins.ratingRows(p, null));
    }
}
