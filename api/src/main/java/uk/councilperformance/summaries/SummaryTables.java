package uk.councilperformance.summaries;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.councilperformance.database.RecordRows;
import uk.councilperformance.graph.Where;

/** Reads summary tables and their cells, with computed counts beside the published ones. */
@Component
public class SummaryTables {

    static final String SELECT = """
            SELECT t.id AS row_id, t.report_id AS report_row_id, r.slug AS report_slug, t.plan_id AS plan_row_id, t.title,
                   t.source_table AS "table", t.kind, t.period, t.quarter AS quarter_number, r.financial_year AS year,
                   t.note, t.source_line AS line, t.position
            FROM summary_table t JOIN report r ON r.id = t.report_id JOIN council c ON c.id = r.council_id""";
    static final String ORDER = " ORDER BY r.meeting_date, r.id, t.position, t.id";

    private final JdbcClient db;
    private final SummaryComparison comparison;

    public SummaryTables(JdbcClient db, SummaryComparison comparison) {
        this.db = db;
        this.comparison = comparison;
    }

    public List<SummaryTable> find(Where where) {
        return db.sql(SELECT + where.sql() + ORDER).params(where.params()).query(RecordRows.of(SummaryTable.class)).list();
    }

    public List<SummaryTable> inYears(Collection<Integer> years) {
        return years.isEmpty() ? List.of() : db.sql(SELECT + " WHERE r.financial_year IN (:years)" + ORDER)
                .param("years", years).query(RecordRows.of(SummaryTable.class)).list();
    }

    public List<SummaryTable> inReports(Collection<Long> reportIds) {
        return reportIds.isEmpty() ? List.of() : db.sql(SELECT + " WHERE t.report_id IN (:ids)" + ORDER)
                .param("ids", reportIds).query(RecordRows.of(SummaryTable.class)).list();
    }

    /** One table's cells, in row and column order. */
    public record Cells(List<SummaryCell> list) {

        public boolean hasDiscrepancy() {
            return list.stream().anyMatch(SummaryCell::discrepancy);
        }
    }

    /** The cells of the tables, each beside its computed count: three SQL statements whatever the number of tables. */
    public Map<Long, Cells> cells(Collection<Long> tableIds) {
        Map<Long, Cells> result = new HashMap<>();
        if (tableIds.isEmpty()) {
            return result;
        }
        tableIds.forEach(id -> result.put(id, new Cells(new ArrayList<>())));
        List<Map<String, Object>> rows = db.sql("""
                SELECT c.summary_table_id, t.report_id, c.row_position, c.row_label, c.row_plan_id, c.row_is_total, c.status,
                       c.published_text, c.count_value, c.percent_value
                FROM summary_count c JOIN summary_table t ON t.id = c.summary_table_id
                WHERE c.summary_table_id IN (:ids) ORDER BY c.summary_table_id, c.row_position, c.id""")
                .param("ids", tableIds).query().listOfRows();
        Map<String, Integer> computed = new HashMap<>();
        List<Long> reports = rows.stream().map(r -> ((Number) r.get("report_id")).longValue()).distinct().toList();
        for (SummaryComparison.Cell cell : comparison.forReports(reports)) {
            computed.put(cell.summaryTableId() + "/" + cell.rowPosition() + "/" + cell.status(), cell.computed());
        }
        for (Map<String, Object> r : rows) {
            long table = ((Number) r.get("summary_table_id")).longValue();
            int row = ((Number) r.get("row_position")).intValue();
            String status = (String) r.get("status");
            Object total = r.get("row_is_total");
            result.get(table).list().add(new SummaryCell(table, row, (String) r.get("row_label"), asLong(r.get("row_plan_id")),
                    total instanceof Boolean b ? b : ((Number) total).intValue() != 0, status, (String) r.get("published_text"),
                    r.get("count_value") == null ? null : ((Number) r.get("count_value")).intValue(),
                    r.get("percent_value") == null ? null : new java.math.BigDecimal(r.get("percent_value").toString()),
                    computed.get(table + "/" + row + "/" + status)));
        }
        return result;
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
