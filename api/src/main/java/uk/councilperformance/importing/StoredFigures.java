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

import org.sqlite.SQLiteConfig;

import uk.councilperformance.periods.Quarter;
import uk.councilperformance.reports.Keys;
import uk.councilperformance.reports.ReportFile;

/**
 * Figures a new report restates with different text: for each indicator cell of the report, the same cell as the
 * latest earlier report stored it. Reads the SQLite file read-only, so a dry run leaves it byte for byte as it was.
 */
final class StoredFigures {

    /** A figure an earlier report published and this report prints differently. */
    record Revision(String plan, String indicator, String field, String before, String beforeReport, String now) {
        @Override
        public String toString() {
            return plan + " – " + indicator + " – " + field + ": \"" + before + "\" (" + beforeReport + ") is now \"" + now + "\"";
        }
    }

    private StoredFigures() {
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
                        Map<String, String> now = new java.util.LinkedHashMap<>();
                        i.lastYearOutturn().ifPresent(v -> now.put("LAST_YEAR_OUTTURN", v));
                        i.target().ifPresent(v -> now.put("TARGET", v));
                        for (Quarter q : Quarter.values()) {
                            if (i.values().containsKey(q)) {
                                now.put(q.name(), i.values().get(q));
                            }
                        }
                        i.total().ifPresent(v -> now.put("TOTAL", v));
                        s.setString(1, report.council().slug());
                        s.setInt(2, report.report().financialYear().startYear());
                        s.setString(3, plan.key());
                        s.setString(4, Keys.of(i.name() + i.breakdown().map(b -> " " + b).orElse("")));
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
