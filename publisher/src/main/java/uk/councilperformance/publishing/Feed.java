package uk.councilperformance.publishing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The Atom feed of quarterly updates: an entry for every report, and one for each quarter's status changes.
 * Entry ids are tag URIs, so they stay the same wherever the site is hosted; links are relative to the site.
 */
final class Feed {

    private Feed() {
    }

    static String of(String council, List<Map<String, Object>> reports, List<Map<String, Object>> quarters,
                     Map<String, Map<String, Object>> changes) {
        record Entry(String id, String title, String link, String updated, String summary) {
        }
        List<Entry> entries = new ArrayList<>();
        for (Map<String, Object> r : reports) {
            String date = (String) Json.at(r, "meeting.date");
            entries.add(new Entry("tag:council-performance," + date + ":report:" + r.get("slug"), Json.text(r, "title"),
                    "/" + Urls.report(Json.text(r, "slug")), date,
                    Json.at(r, "meeting.body") + ", " + Words.longDate(date) + ": performance for " + r.get("quarter") + " "
                            + r.get("financialYear") + ", with " + Json.list(r, "plans").size() + " plans."));
        }
        for (int i = 1; i < quarters.size(); i++) {
            Map<String, Object> from = quarters.get(i - 1);
            Map<String, Object> to = quarters.get(i);
            Map<String, Object> change = changes.get(SiteContent.pairKey(from, to));
            if (change == null) {
                continue;
            }
            String date = reports.stream().filter(r -> Json.list(to, "reports").stream().anyMatch(x -> x.get("slug").equals(r.get("slug"))))
                    .map(r -> (String) Json.at(r, "meeting.date")).min(Comparator.naturalOrder()).orElse((String) to.get("endDate"));
            Object ratings = change.get("ratingChangeCount");
            Object values = change.get("valueChangeCount");
            entries.add(new Entry("tag:council-performance," + date + ":changes:" + to.get("id"), "What changed in " + to.get("label"),
                    "/" + Urls.quarter(Json.text(to, "financialYear"), Json.text(to, "quarter")), date,
                    ratings + " milestone ratings changed since " + from.get("label") + "; " + values
                            + " indicators have figures for both quarters."));
        }
        entries.sort(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::id));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(escape(council)).append(": performance updates</title>\n")
                .append("  <id>tag:council-performance,2018:feed</id>\n")
                .append("  <link rel=\"self\" href=\"/feed.xml\"/>\n")
                .append("  <link href=\"/\"/>\n")
                .append("  <updated>").append(entries.isEmpty() ? "2018-01-01" : entries.get(0).updated()).append("T00:00:00Z</updated>\n")
                .append("  <author><name>").append(escape(council)).append("</name></author>\n")
                .append("  <rights>Contains public sector information licensed under the Open Government Licence v3.0.</rights>\n");
        for (Entry e : entries) {
            xml.append("  <entry>\n")
                    .append("    <id>").append(escape(e.id())).append("</id>\n")
                    .append("    <title>").append(escape(e.title())).append("</title>\n")
                    .append("    <link href=\"").append(escape(e.link())).append("\"/>\n")
                    .append("    <updated>").append(e.updated()).append("T00:00:00Z</updated>\n")
                    .append("    <summary>").append(escape(e.summary())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
