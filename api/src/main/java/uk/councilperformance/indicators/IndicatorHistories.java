package uk.councilperformance.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.councilperformance.corrections.Correction;
import uk.councilperformance.database.Columns;
import uk.councilperformance.reports.ReportRepository;
import uk.councilperformance.reports.ReportsRead;
import uk.councilperformance.reports.Source;

/**
 * Loads the histories of many indicators in two SQL statements: published rows, then officers' corrections;
 * the reports their sources name are read in one more, if a source is asked for its report.
 */
@Component
public class IndicatorHistories {

    private final JdbcClient db;
    private final ReportRepository reports;

    public IndicatorHistories(JdbcClient db, ReportRepository reports) {
        this.db = db;
        this.reports = reports;
    }

    public Map<Long, IndicatorHistory> of(Collection<Long> indicatorIds) {
        Map<Long, IndicatorHistory> result = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return result;
        }
        ReportsRead sources = new ReportsRead(reports);
        Map<Long, Map<Long, IndicatorEntry>> entries = new HashMap<>();
        Map<Long, List<IndicatorValue>> observations = new HashMap<>();
        db.sql("""
                SELECT e.id AS entry_id, e.indicator_id, e.report_id, r.meeting_date, e.frequency, e.total_type, e.direction,
                       e.comparison, e.assessment, e.note, e.source_table, e.source_line, v.field, v.published_text,
                       v.count_value, v.money_value, v.percent_value, i.unit
                FROM indicator_entry e JOIN report r ON r.id = e.report_id JOIN indicator i ON i.id = e.indicator_id
                LEFT JOIN indicator_value v ON v.indicator_entry_id = e.id
                WHERE e.indicator_id IN (:ids)
                ORDER BY r.meeting_date, r.id, e.id, v.id""").param("ids", indicatorIds).query(rs -> {
            long indicatorId = rs.getLong("indicator_id");
            long entryId = rs.getLong("entry_id");
            Source source = sources.source(rs.getLong("report_id"), Columns.text(rs, "source_table"), integer(rs.getObject("source_line")), null);
            Map<Long, IndicatorEntry> mine = entries.computeIfAbsent(indicatorId, k -> new LinkedHashMap<>());
            if (!mine.containsKey(entryId)) {
                mine.put(entryId, new IndicatorEntry(indicatorId, source.reportRowId(), Columns.text(rs, "frequency"),
                        Columns.text(rs, "total_type"), Columns.text(rs, "direction"), Columns.text(rs, "comparison"),
                        Columns.text(rs, "assessment"), Columns.text(rs, "note"), new ArrayList<>(), source));
            }
            IndicatorEntry entry = mine.get(entryId);
            if (Columns.text(rs, "field") != null) {
                IndicatorValue value = new IndicatorValue(indicatorId, Columns.text(rs, "field"), Columns.text(rs, "published_text"),
                        Columns.decimal(rs, "count_value"), Columns.decimal(rs, "money_value"), Columns.decimal(rs, "percent_value"),
                        Columns.text(rs, "unit"), false, source, Columns.text(rs, "meeting_date"));
                entry.values().add(value);
                observations.computeIfAbsent(indicatorId, k -> new ArrayList<>()).add(value);
            }
        });
        db.sql("""
                SELECT c.id, c.indicator_id, c.report_id, c.field, c.published_text, c.count_value, c.money_value,
                       c.percent_value, c.made_at, c.reason, o.name AS officer, i.unit, e.source_table, e.source_line
                FROM correction c JOIN officer o ON o.id = c.officer_id JOIN indicator i ON i.id = c.indicator_id
                LEFT JOIN indicator_entry e ON e.indicator_id = c.indicator_id AND e.report_id = c.report_id
                WHERE c.kind = 'indicator-value' AND c.indicator_id IN (:ids)
                ORDER BY c.made_at, c.id""").param("ids", indicatorIds).query(rs -> {
            long indicatorId = rs.getLong("indicator_id");
            Correction correction = new Correction(rs.getLong("id"), Columns.text(rs, "officer"), Columns.text(rs, "made_at"),
                    Columns.text(rs, "reason"));
            String table = Columns.text(rs, "source_table");
            Source source = sources.source(rs.getLong("report_id"), table == null ? "Officer's correction" : table,
                    integer(rs.getObject("source_line")), correction);
            observations.computeIfAbsent(indicatorId, k -> new ArrayList<>()).add(new IndicatorValue(indicatorId,
                    Columns.text(rs, "field"), Columns.text(rs, "published_text"), Columns.decimal(rs, "count_value"),
                    Columns.decimal(rs, "money_value"), Columns.decimal(rs, "percent_value"), Columns.text(rs, "unit"), false, source,
                    Columns.text(rs, "made_at")));
        });
        for (Long id : indicatorIds) {
            List<IndicatorValue> inTimeOrder = new ArrayList<>(observations.getOrDefault(id, List.of()));
            inTimeOrder.sort(Comparator.comparing(IndicatorValue::at)); // stable: report order kept within a date
            result.put(id, IndicatorHistory.of(List.copyOf(entries.getOrDefault(id, Map.of()).values()), inTimeOrder));
        }
        return result;
    }

    /**
     * The fields each indicator has any observation of, published or corrected: those its history has a current
     * value for (IndicatorHistory.current(field) is not null). Comparing quarters counts on these alone, without
     * making every figure and its source.
     */
    public Map<Long, Set<String>> observedFields(Collection<Long> indicatorIds) {
        Map<Long, Set<String>> fields = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return fields;
        }
        db.sql("""
                SELECT e.indicator_id, v.field
                FROM indicator_entry e JOIN indicator_value v ON v.indicator_entry_id = e.id
                WHERE e.indicator_id IN (:ids)
                UNION
                SELECT c.indicator_id, c.field FROM correction c
                WHERE c.kind = 'indicator-value' AND c.indicator_id IN (:ids)""").param("ids", indicatorIds).query(rs -> {
            fields.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(Columns.text(rs, 2));
        });
        return fields;
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

}
