package uk.councilperformance.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sqlite.SQLiteConfig;

import uk.councilperformance.reports.Keys;
import uk.councilperformance.reports.ReportFile;

/**
 * What the database already holds that a report would change: figures a new report restates with different text
 * (for each indicator cell, the same cell as the latest earlier report stored it), and, for a report stored before,
 * its own figures and ratings as stored. Reads the SQLite file read-only, so a dry run leaves it byte for byte as it
 * was.
 */
final class StoredFigures {

    /** A figure an earlier report published and this report prints differently. */
    record Revision(String plan, String indicator, String field, String before, String beforeReport, String now) {
        @Override
        public String toString() {
            return plan + " – " + indicator + " – " + field + ": \"" + before + "\" (" + beforeReport + ") is now \"" + now + "\"";
        }
    }

    /** A figure or rating of a report already stored that importing the report again would change, add or remove. */
    record Change(String plan, String item, String field, String before, String now) {
        @Override
        public String toString() {
            String where = plan + " – " + item + " – " + field + ": ";
            return before == null ? where + "\"" + now + "\" (new)"
                    : now == null ? where + "\"" + before + "\" would be removed"
                    : where + "\"" + before + "\" would become \"" + now + "\"";
        }
    }

    private StoredFigures() {
    }

    /**
     * The report's own figures and ratings as stored, against the report: what importing it would change. Empty when
     * the report is not stored yet (or there is no database), so there is nothing to compare with.
     */
    static Optional<List<Change>> changes(Path database, ReportFile report) throws SQLException {
        if (!Files.isRegularFile(database)) {
            return Optional.empty();
        }
        // Each figure and rating by where it is stored, the report's against the database's.
        Map<String, Printed> now = new java.util.LinkedHashMap<>();
        for (ReportFile.Plan plan : report.plans()) {
            for (ReportFile.Theme theme : plan.themes()) {
                String themeKey = plan.key() + "/" + ReportStore.themeKey(theme.name());
                for (ReportFile.Indicator i : theme.indicators()) {
                    String key = "figure/" + themeKey + "/" + ReportStore.indicatorKey(i) + "/";
                    String name = i.name() + i.breakdown().map(b -> " (" + b + ")").orElse("");
                    i.figures().forEach((field, text) -> now.put(key + field, new Printed(plan.key(), name, field, text)));
                }
                for (ReportFile.Project project : theme.projects()) {
                    for (ReportFile.Milestone m : project.milestones()) {
                        String key = "rating/" + themeKey + "/" + Keys.of(project.name()) + "/" + Keys.of(m.name()) + "/";
                        m.ratings().forEach((q, r) -> now.put(key + q.name(), new Printed(plan.key(), m.name(), q.name(), r.published())));
                    }
                }
            }
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        String figures = "SELECT p.key, t.key, i.key, i.name, i.breakdown, v.field, v.published_text FROM indicator_value v"
                + " JOIN indicator_entry e ON e.id = v.indicator_entry_id JOIN report r ON r.id = e.report_id"
                + " JOIN indicator i ON i.id = e.indicator_id JOIN theme t ON t.id = i.theme_id JOIN plan p ON p.id = t.plan_id"
                + " WHERE r.slug = ? ORDER BY p.key, t.position, i.position, v.id";
        String ratings = "SELECT p.key, t.key, pr.key, m.key, m.name, mr.quarter, mr.published_symbol FROM milestone_rating mr"
                + " JOIN milestone_entry me ON me.id = mr.milestone_entry_id JOIN report r ON r.id = me.report_id"
                + " JOIN milestone m ON m.id = me.milestone_id JOIN project pr ON pr.id = m.project_id"
                + " JOIN theme t ON t.id = pr.theme_id JOIN plan p ON p.id = t.plan_id"
                + " WHERE r.slug = ? ORDER BY p.key, t.position, pr.position, m.position, mr.quarter";
        Map<String, Printed> stored = new java.util.LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath(), config.toProperties())) {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM report WHERE slug = ?")) {
                s.setString(1, report.report().slug());
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(figures)) {
                s.setString(1, report.report().slug());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String name = rs.getString(4) + (rs.getString(5) == null ? "" : " (" + rs.getString(5) + ")");
                        stored.put("figure/" + rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(6),
                                new Printed(rs.getString(1), name, rs.getString(6), rs.getString(7)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(ratings)) {
                s.setString(1, report.report().slug());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String quarter = "Q" + rs.getInt(6);
                        stored.put("rating/" + rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "/" + rs.getString(4)
                                + "/" + quarter, new Printed(rs.getString(1), rs.getString(5), quarter, rs.getString(7)));
                    }
                }
            }
        }
        List<Change> changes = new ArrayList<>();
        stored.forEach((key, was) -> {
            Printed is = now.get(key);
            if (is == null) {
                changes.add(new Change(was.plan(), was.item(), was.field(), was.text(), null));
            } else if (!is.text().equals(was.text())) {
                changes.add(new Change(is.plan(), is.item(), is.field(), was.text(), is.text()));
            }
        });
        now.forEach((key, is) -> {
            if (!stored.containsKey(key)) {
                changes.add(new Change(is.plan(), is.item(), is.field(), null, is.text()));
            }
        });
        return Optional.of(changes);
    }

    /** One figure or rating as printed: its plan, the indicator or milestone, the field or quarter, the text. */
    private record Printed(String plan, String item, String field, String text) {
    }

    static List<Revision> revisions(Path database, ReportFile report) throws SQLException {
        List<Revision> revisions = new ArrayList<>();
        if (!Files.isRegularFile(database)) {
            return revisions;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        String sql = "SELECT r.slug, v.field, v.published_text FROM indicator_value v"
                + " JOIN indicator_entry e ON e.id = v.indicator_entry_id JOIN report r ON r.id = e.report_id"
                + " JOIN indicator i ON i.id = e.indicator_id JOIN theme t ON t.id = i.theme_id JOIN plan p ON p.id = t.plan_id"
                + " JOIN council c ON c.id = p.council_id"
                + " WHERE c.slug = ? AND p.financial_year = ? AND p.key = ? AND i.key = ? AND r.slug <> ? AND r.meeting_date <= ?"
                + " ORDER BY r.meeting_date DESC, r.slug DESC";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath(), config.toProperties());
             PreparedStatement s = c.prepareStatement(sql)) {
            for (ReportFile.Plan plan : report.plans()) {
                for (ReportFile.Theme theme : plan.themes()) {
                    for (ReportFile.Indicator i : theme.indicators()) {
                        Map<String, String> now = i.figures();
                        s.setString(1, report.council().slug());
                        s.setInt(2, report.report().financialYear().startYear());
                        s.setString(3, plan.key());
                        s.setString(4, ReportStore.indicatorKey(i));
                        s.setString(5, report.report().slug());
                        s.setString(6, report.report().meeting().date().toString());
                        Map<String, String[]> latest = new java.util.HashMap<>();
                        try (ResultSet rs = s.executeQuery()) {
                            while (rs.next()) {
                                latest.putIfAbsent(rs.getString(2), new String[] {rs.getString(1), rs.getString(3)});
                            }
                        }
                        String name = i.name() + i.breakdown().map(b -> " (" + b + ")").orElse("");
                        now.forEach((field, text) -> {
                            String[] before = latest.get(field);
                            if (before != null && !before[1].equals(text)) {
                                revisions.add(new Revision(plan.key(), name, field, before[1], before[0], text));
                            }
                        });
                    }
                }
            }
        }
        return revisions;
    }
}
