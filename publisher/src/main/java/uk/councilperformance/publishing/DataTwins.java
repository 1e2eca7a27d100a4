package uk.councilperformance.publishing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.councilperformance.json.JsonBytes;

/**
 * The "data twins" of pages: CSV and JSON of exactly what a page shows, at stable URLs beside it, each with
 * the licence and where it came from; and the whole data set as one download. The JSON is compact (the twins are for
 * programs; a reader's browser or jq lays them out) and every map in it must keep its keys in one order (JsonBytes).
 */
final class DataTwins {

    static final String LICENCE = "Open Government Licence v3.0";
    static final String LICENCE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    static final List<String> FIGURE_HEADER = List.of("financial_year", "plan", "theme", "indicator", "field",
            "published_text", "revised", "report", "meeting", "meeting_date", "source_table", "source_line");
    static final List<String> RATING_HEADER = List.of("financial_year", "plan", "theme", "project", "milestone", "quarter",
            "published_symbol", "scheme_label", "status", "report", "meeting_date", "source_table", "source_line");

    /** The CSV of a page that shows both figures and ratings: one row per figure or rating, its kind first. */
    static final List<String> PAGE_HEADER = List.of("kind", "financial_year", "plan", "theme", "project", "item",
            "field_or_quarter", "published_text", "status", "revised", "report", "meeting_date", "source_table", "source_line");

    static List<Object> asPageRow(List<Object> figure) {
        return java.util.Arrays.asList("indicator figure", figure.get(0), figure.get(1), figure.get(2), null, figure.get(3),
                figure.get(4), figure.get(5), null, figure.get(6), figure.get(7), figure.get(9), figure.get(10), figure.get(11));
    }

    static List<Object> ratingAsPageRow(List<Object> rating) {
        return java.util.Arrays.asList("milestone rating", rating.get(0), rating.get(1), rating.get(2), rating.get(3),
                rating.get(4), rating.get(5), rating.get(6), rating.get(8), null, rating.get(9), rating.get(10), rating.get(11),
                rating.get(12));
    }

    /** A twin's data as JSON; a map without an order of its own is refused, naming the twin. */
    private static byte[] json(String path, Object data) {
        try {
            return JsonBytes.of(data);
        } catch (JsonBytes.Refused e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
    }

    /** A JSON file still to be written: its data is only read, so all of them can be made at once. */
    private record Pending(String path, String title, Object data) {
    }

    private final String council;
    private final SiteFiles files;
    private final List<Pending> pending = new ArrayList<>();
    private Whole whole;

    /** The whole data set still to be written. */
    private record Whole(String path, String title, List<Map<String, Object>> reports, List<Map<String, Object>> plans) {
    }

    DataTwins(String council, SiteFiles files) {
        this.council = council;
        this.files = files;
    }

    /** Writes data.csv and (at {@link #finish()}) data.json into a page's folder. */
    void write(String folder, String title, Csv csv, Object data) {
        files.put(folder + "data.csv", csv.bytes());
        writeJson(folder + "data.json", title, data);
    }

    /** Writes a JSON document with the licence and source, at {@link #finish()}. */
    void writeJson(String path, String title, Object data) {
        pending.add(new Pending(path, title, data));
    }

    /**
     * Writes the whole data set as one JSON document, at {@link #finish()}: {"reports": [...], "plans": [...]}. Each
     * plan is the same JSON as its own page's data.json, so those bytes are used again rather than made twice.
     */
    void writeWholeJson(String path, String title, List<Map<String, Object>> reports, List<Map<String, Object>> plans) {
        whole = new Whole(path, title, reports, plans);
    }

    /** Makes every JSON file written so far, on every core. */
    void finish() {
        List<byte[]> made = pending.parallelStream().map(p -> json(p.path(), p.data())).toList();
        Map<Object, byte[]> madeFor = new java.util.IdentityHashMap<>();
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            madeFor.put(p.data(), made.get(i));
            files.put(p.path(), document(p.title(), List.of(made.get(i))));
        }
        if (whole != null) {
            List<byte[]> parts = new ArrayList<>();
            parts.add("{\"reports\":".getBytes(StandardCharsets.UTF_8));
            parts.add(json(whole.path(), whole.reports()));
            parts.add(",\"plans\":[".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < whole.plans().size(); i++) {
                if (i > 0) {
                    parts.add(COMMA);
                }
                Map<String, Object> plan = whole.plans().get(i);
                byte[] planJson = madeFor.get(plan);
                parts.add(planJson != null ? planJson : json(whole.path(), plan));
            }
            parts.add("]}".getBytes(StandardCharsets.UTF_8));
            files.put(whole.path(), document(whole.title(), parts));
            whole = null;
        }
        pending.clear();
    }

    private static final byte[] COMMA = {','};

    /**
     * The document around a twin's data: what it is, whose, its licence and source, then the data's own JSON, given
     * in parts. The parts are copied once, into a file of exactly their size (the downloads are most of a publish's
     * bytes).
     */
    private byte[] document(String title, List<byte[]> data) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", title);
        document.put("publisher", council);
        document.put("licence", LICENCE);
        document.put("licenceUrl", LICENCE_URL);
        document.put("attribution", "Contains public sector information licensed under the " + LICENCE + ".");
        document.put("source", "Figures, ratings and commentary exactly as published in " + council
                + "'s performance reports; each item names its report and the line of the source text.");
        byte[] head = JsonBytes.of(document);
        byte[] key = ",\"data\":".getBytes(StandardCharsets.UTF_8);
        // head ends with '}': the data goes in as its last member, then the closing brace and a newline.
        int size = head.length - 1 + key.length + 2;
        for (byte[] part : data) {
            size += part.length;
        }
        byte[] out = new byte[size];
        System.arraycopy(head, 0, out, 0, head.length - 1);
        int at = head.length - 1;
        System.arraycopy(key, 0, out, at, key.length);
        at += key.length;
        for (byte[] part : data) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        out[at++] = '}';
        out[at] = '\n';
        return out;
    }

    /** Every current figure of every indicator of a plan. */
    static List<List<Object>> figureRows(Map<String, Object> plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> theme : Json.list(plan, "themes")) {
            for (Map<String, Object> i : Json.list(theme, "indicators")) {
                rows.addAll(figureRows(plan, theme, i));
            }
        }
        return rows;
    }

    /**
     * The ratings of every milestone of a plan: all that reports gave (quarter null), or for one quarter only
     * the latest given, which is the one the site shows.
     */
    static List<List<Object>> ratingRows(Map<String, Object> plan, String quarter) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> theme : Json.list(plan, "themes")) {
            for (Map<String, Object> project : Json.list(theme, "projects")) {
                for (Map<String, Object> m : Json.list(project, "milestones")) {
                    List<List<Object>> ratings = ratingRows(plan, theme, project, m, quarter);
                    if (quarter == null) {
                        rows.addAll(ratings);
                    } else if (!ratings.isEmpty()) {
                        rows.add(ratings.get(ratings.size() - 1));
                    }
                }
            }
        }
        return rows;
    }

    static List<List<Object>> figureRows(Map<String, Object> plan, Map<String, Object> theme, Map<String, Object> indicator) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> v : Json.list(indicator, "values")) {
            rows.add(java.util.Arrays.asList(plan.get("financialYear"), plan.get("title"), theme.get("name"), IndicatorPages.name(indicator),
                    v.get("field"), v.get("publishedText"), v.get("revised"), Json.at(v, "source.report.slug"),
                    Json.at(v, "source.report.meeting.body"), Json.at(v, "source.report.meeting.date"),
                    Json.at(v, "source.table"), Json.at(v, "source.line")));
        }
        return rows;
    }

    private static List<List<Object>> ratingRows(Map<String, Object> plan, Map<String, Object> theme, Map<String, Object> project,
                                         Map<String, Object> milestone, String quarter) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : Json.list(milestone, "ratingHistory")) {
            if (quarter != null && !quarter.equals(r.get("quarter"))) {
                continue;
            }
            rows.add(java.util.Arrays.asList(plan.get("financialYear"), plan.get("title"), theme.get("name"), project.get("name"),
                    milestone.get("name"), r.get("quarter"), r.get("publishedSymbol"), r.get("schemeLabel"), r.get("statusLabel"),
                    Json.at(r, "source.report.slug"), Json.at(r, "source.report.meeting.date"), Json.at(r, "source.table"),
                    Json.at(r, "source.line")));
        }
        return rows;
    }
}
