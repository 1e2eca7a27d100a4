package uk.councilperformance.summaries;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.councilperformance.graph.Where;

/** Reads summary tables and their cells, with computed counts beside the published ones. */
@Repository
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
        return db.sql(SELECT + where.sql() + ORDER).params(where.params()).query(SummaryTable.class).list();
    }

    public List<SummaryTable> inYears(Collection<Integer> years) {
        return years.isEmpty() ? List.of() : db.sql(SELECT + " WHERE r.financial_year IN (:years)" + ORDER)
                .param("years", years).query(SummaryTable.class).list();
    }

    public List<SummaryTable> inReports(Collection<Long> reportIds) {
        return reportIds.isEmpty() ? List.of() : db.sql(SELECT + " WHERE t.report_id IN (:ids)" + ORDER)
                .param("ids", reportIds).query(SummaryTable.class).list();
    }

    /** The cells of the tables, in row and column order: three SQL statements whatever the number of tables. */
    public List<SummaryCell> cells(List<SummaryTable> tables) {
        if (tables.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> computed = new HashMap<>();
        for (SummaryComparison.Cell cell : comparison.forReports(tables.stream().map(SummaryTable::reportRowId).distinct().toList())) {
            computed.put(cell.summaryTableId() + "/" + cell.rowPosition() + "/" + cell.status(), cell.computed());
        }
        List<SummaryCell> cells = new ArrayList<>();
        db.sql("""
                SELECT c.summary_table_id, c.row_position, c.row_label, c.row_plan_id, c.row_is_total, c.status,
                       c.published_text, c.count_value, c.percent_value
                FROM summary_count c WHERE c.summary_table_id IN (:ids) ORDER BY c.summary_table_id, c.row_position, c.id""")
                .param("ids", tables.stream().map(SummaryTable::rowId).toList()).query(rs -> {
                    long table = rs.getLong(1);
                    int row = rs.getInt(2);
                    Object plan = rs.getObject(4);
                    Object count = rs.getObject(8);
                    Object total = rs.getObject(5);
                    cells.add(new SummaryCell(table, row, rs.getString(3), plan == null ? null : ((Number) plan).longValue(),
                            total instanceof Boolean b ? b : ((Number) total).intValue() != 0, rs.getString(6), rs.getString(7),
                            count == null ? null : ((Number) count).intValue(), rs.getBigDecimal(9),
                            computed.get(table + "/" + row + "/" + rs.getString(6))));
                });
        return cells;
    }
}
