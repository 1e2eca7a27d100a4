package uk.councilperformance.summaries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Sets the counts a report published beside the counts computed from its own milestone ratings.
 * Quarter tables count the ratings given in that quarter's column; cumulative and annual tables count
 * each milestone once, by its latest rating up to that quarter. Where they differ both are kept and the
 * difference is flagged: symbols lost in the text (ratings "unknown" or missing) are the usual reason.
 */
@Service
public class SummaryComparison {

    /** One cell: a row (a plan or the total) and a status, published against computed. */
    public record Cell(long summaryTableId, int rowPosition, Optional<String> rowLabel, boolean total, String status,
                       Optional<Integer> published, int computed) {

        public boolean agrees() {
            return published.map(p -> p == computed).orElse(false);
        }
    }

    private record Rating(long planId, long entryId, int quarter, String common) {
    }

    private final JdbcClient db;

    public SummaryComparison(JdbcClient db) {
        this.db = db;
    }

    /** Every cell of every actions summary table of a report (two SQL statements, whatever the size). */
    public List<Cell> forReport(long reportId) {
        return forReports(List.of(reportId));
    }

    /** Every cell of every actions summary table of the reports (two SQL statements, whatever the size). */
    public List<Cell> forReports(java.util.Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Rating>> byReport = new HashMap<>();
        db.sql("""
                SELECT th.plan_id, e.id AS entry_id, r.quarter, r.common_status, e.report_id
                FROM milestone_entry e
                JOIN milestone m ON m.id = e.milestone_id
                JOIN project p ON p.id = m.project_id
                JOIN theme th ON th.id = p.theme_id
                JOIN milestone_rating r ON r.milestone_entry_id = e.id
                WHERE e.report_id IN (:ids)
                """).param("ids", reportIds).query(rs -> {
            byReport.computeIfAbsent(rs.getLong(5), k -> new ArrayList<>())
                    .add(new Rating(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4)));
        });
        List<Map<String, Object>> rows = db.sql("""
                SELECT t.id, t.report_id, t.plan_id, t.period, t.quarter, c.row_position, c.row_plan_id, c.row_is_total, c.row_label,
                       c.status, c.count_value
                FROM summary_table t JOIN summary_count c ON c.summary_table_id = t.id
                WHERE t.report_id IN (:ids) AND t.kind = 'actions'
                ORDER BY t.report_id, t.position, t.id, c.row_position, c.id
                """).param("ids", reportIds).query().listOfRows();
        List<Cell> cells = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            boolean total = truthy(row.get("row_is_total"));
            Long plan = total ? null : asLong(row.get("row_plan_id") != null ? row.get("row_plan_id") : row.get("plan_id"));
            List<Rating> ratings = byReport.getOrDefault(((Number) row.get("report_id")).longValue(), List.of());
            Map<String, Integer> computed = computed(ratings, plan, (String) row.get("period"),
                    ((Number) row.get("quarter")).intValue());
            String status = (String) row.get("status");
            int count = status.equals("total")
                    ? computed.values().stream().mapToInt(Integer::intValue).sum()
                    : computed.getOrDefault(status, 0);
            cells.add(new Cell(((Number) row.get("id")).longValue(), ((Number) row.get("row_position")).intValue(),
                    Optional.ofNullable((String) row.get("row_label")), total, status,
                    Optional.ofNullable((Number) row.get("count_value")).map(Number::intValue), count));
        }
        return cells;
    }

    private static Map<String, Integer> computed(List<Rating> ratings, Long plan, String period, int quarter) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (period.equals("quarter")) {
            for (Rating r : ratings) {
                if ((plan == null || r.planId == plan) && r.quarter == quarter) {
                    counts.merge(r.common, 1, Integer::sum);
                }
            }
            return counts;
        }
        Map<Long, Rating> latest = new HashMap<>();
        for (Rating r : ratings) {
            if ((plan == null || r.planId == plan) && r.quarter <= quarter) {
                latest.merge(r.entryId, r, (a, b) -> a.quarter >= b.quarter ? a : b);
            }
        }
        latest.values().forEach(r -> counts.merge(r.common, 1, Integer::sum));
        return counts;
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static Long asLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
