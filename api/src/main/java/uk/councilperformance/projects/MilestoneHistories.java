package uk.councilperformance.projects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.councilperformance.corrections.Correction;
import uk.councilperformance.database.Columns;
import uk.councilperformance.ratings.CommonStatus;
import uk.councilperformance.reports.ReportRepository;
import uk.councilperformance.reports.ReportsRead;
import uk.councilperformance.reports.Source;

/**
 * Loads the histories of many milestones in two SQL statements: published rows, then officers' corrections;
 * the reports their sources name are read in one more, if a source is asked for its report.
 */
@Component
public class MilestoneHistories {

    private final JdbcClient db;
    private final ReportRepository reports;

    public MilestoneHistories(JdbcClient db, ReportRepository reports) {
        this.db = db;
        this.reports = reports;
    }

    public Map<Long, MilestoneHistory> of(Collection<Long> milestoneIds) {
        Map<Long, MilestoneHistory> result = new HashMap<>();
        if (milestoneIds.isEmpty()) {
            return result;
        }
        ReportsRead sources = new ReportsRead(reports);
        Map<Long, Map<Long, MilestoneEntry>> entries = new HashMap<>();
        Map<Long, List<MilestoneRating>> ratings = new HashMap<>();
        db.sql("""
                SELECT e.id AS entry_id, e.milestone_id, e.report_id, r.meeting_date, r.quarter AS report_quarter, e.comment,
                       e.due_text, e.due_quarter, e.cells, e.note, e.source_table, e.source_line, pe.comment_heading,
                       mr.quarter, mr.published_symbol, mr.common_status, s.label AS scheme_label, p.financial_year
                FROM milestone_entry e JOIN report r ON r.id = e.report_id JOIN milestone m ON m.id = e.milestone_id
                JOIN project pr ON pr.id = m.project_id JOIN theme t ON t.id = pr.theme_id JOIN plan p ON p.id = t.plan_id
                LEFT JOIN plan_entry pe ON pe.plan_id = p.id AND pe.report_id = e.report_id
                LEFT JOIN milestone_rating mr ON mr.milestone_entry_id = e.id
                LEFT JOIN rating_scheme_status s ON s.rating_scheme_id = p.rating_scheme_id AND s.key = mr.scheme_status
                WHERE e.milestone_id IN (:ids)
                ORDER BY r.meeting_date, r.id, e.id, mr.quarter""").param("ids", milestoneIds).query(rs -> {
            long milestoneId = rs.getLong("milestone_id");
            Map<Long, MilestoneEntry> mine = entries.computeIfAbsent(milestoneId, k -> new LinkedHashMap<>());
            long entryId = rs.getLong("entry_id");
            if (!mine.containsKey(entryId)) {
                mine.put(entryId, entry(rs, milestoneId, sources));
            }
            if (rs.getObject("quarter") != null) {
                ratings.computeIfAbsent(milestoneId, k -> new ArrayList<>()).add(new MilestoneRating(milestoneId,
                        rs.getInt("financial_year"), "Q" + rs.getInt("quarter"), Columns.text(rs, "published_symbol"),
                        Columns.text(rs, "scheme_label"), status(Columns.text(rs, "common_status")), mine.get(entryId).source(),
                        Columns.text(rs, "meeting_date")));
            }
        });
        Map<Long, List<MilestoneEntry>> corrected = new HashMap<>();
        db.sql("""
                SELECT c.id, c.kind, c.milestone_id, c.report_id, c.quarter, c.published_text, c.common_status, c.made_at,
                       c.reason, o.name AS officer, p.financial_year
                FROM correction c JOIN officer o ON o.id = c.officer_id JOIN milestone m ON m.id = c.milestone_id
                JOIN project pr ON pr.id = m.project_id JOIN theme t ON t.id = pr.theme_id JOIN plan p ON p.id = t.plan_id
                WHERE c.kind IN ('milestone-rating', 'milestone-comment') AND c.milestone_id IN (:ids)
                ORDER BY c.made_at, c.id""").param("ids", milestoneIds).query(rs -> {
            long milestoneId = rs.getLong("milestone_id");
            long reportId = rs.getLong("report_id");
            MilestoneEntry base = entries.getOrDefault(milestoneId, Map.of()).values().stream()
                    .filter(e -> e.reportRowId() == reportId).findFirst().orElse(null);
            Correction correction = new Correction(rs.getLong("id"), Columns.text(rs, "officer"), Columns.text(rs, "made_at"),
                    Columns.text(rs, "reason"));
            Source source = sources.source(reportId, base == null ? "Officer's correction" : base.source().table(),
                    base == null ? null : base.source().line(), correction);
            if (Columns.text(rs, "kind").equals("milestone-rating")) {
                ratings.computeIfAbsent(milestoneId, k -> new ArrayList<>()).add(new MilestoneRating(milestoneId,
                        rs.getInt("financial_year"), "Q" + rs.getInt("quarter"), Columns.text(rs, "published_text"), null,
                        status(Columns.text(rs, "common_status")), source, Columns.text(rs, "made_at")));
            } else if (base != null) {
                corrected.computeIfAbsent(milestoneId, k -> new ArrayList<>())
                        .add(base.withCorrectedComment(Columns.text(rs, "published_text"), source, Columns.text(rs, "made_at")));
            }
        });
        for (Long id : milestoneIds) {
            List<MilestoneEntry> all = new ArrayList<>(entries.getOrDefault(id, Map.of()).values());
            all.addAll(corrected.getOrDefault(id, List.of()));
            all.sort(Comparator.comparing(MilestoneEntry::at));
            List<MilestoneRating> history = new ArrayList<>(ratings.getOrDefault(id, List.of()));
            history.sort(Comparator.comparing(MilestoneRating::at));
            result.put(id, new MilestoneHistory(List.copyOf(all), List.copyOf(history)));
        }
        return result;
    }

    private static MilestoneEntry entry(ResultSet rs, long milestoneId, ReportsRead sources) throws SQLException {
        List<QuarterCell> cells = new ArrayList<>();
        String text = Columns.text(rs, "cells");
        if (text != null) {
            for (String line : text.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    cells.add(new QuarterCell(line.substring(0, colon), line.substring(colon + 2)));
                }
            }
        }
        Object line = rs.getObject("source_line");
        Object due = rs.getObject("due_quarter");
        Source source = sources.source(rs.getLong("report_id"), Columns.text(rs, "source_table"),
                line == null ? null : ((Number) line).intValue(), null);
        return new MilestoneEntry(milestoneId, rs.getLong("report_id"), rs.getInt("report_quarter"), Columns.text(rs, "comment"),
                Columns.text(rs, "comment_heading"), Columns.text(rs, "due_text"), due == null ? null : ((Number) due).intValue(),
                List.copyOf(cells), Columns.text(rs, "note"), source, Columns.text(rs, "meeting_date"));
    }

    static CommonStatus status(String key) {
        return CommonStatus.fromKey(key).orElse(CommonStatus.UNKNOWN);
    }
}
