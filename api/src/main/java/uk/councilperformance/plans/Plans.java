package uk.councilperformance.plans;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.councilperformance.database.RecordRows;
import uk.councilperformance.graph.Connection;
import uk.councilperformance.graph.NodeId;
import uk.councilperformance.graph.Where;

/** Reads plans, their themes and how reports printed them. Every method is one SQL statement. */
@Component
public class Plans {

    static final String SELECT_PLAN = """
            SELECT p.id AS row_id, p.council_id AS council_row_id, c.slug AS council_slug, p.financial_year AS year,
                   p.key, p.title, p.rating_scheme_id AS rating_scheme_row_id
            FROM plan p JOIN council c ON c.id = p.council_id""";
    static final String SELECT_THEME = """
            SELECT t.id AS row_id, t.plan_id AS plan_row_id, c.slug AS council_slug, p.financial_year AS year,
                   p.key AS plan_key, t.key, t.name
            FROM theme t JOIN plan p ON p.id = t.plan_id JOIN council c ON c.id = p.council_id""";

    private final JdbcClient db;

    public Plans(JdbcClient db) {
        this.db = db;
    }

    public List<Plan> find(Where where, String orderBy, Connection.Window window) {
        return db.sql(SELECT_PLAN + where.sql() + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
                .params(where.params()).param("limit", window.limit() + 1).param("offset", window.offset())
                .query(RecordRows.of(Plan.class)).list();
    }

    public int count(Where where) {
        return db.sql("SELECT COUNT(*) FROM plan p JOIN council c ON c.id = p.council_id" + where.sql())
                .params(where.params()).query(Integer.class).single();
    }

    public List<Plan> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : db.sql(SELECT_PLAN + " WHERE p.id IN (:ids)").param("ids", ids).query(RecordRows.of(Plan.class)).list();
    }

    public List<Plan> byCouncils(Collection<Long> councilIds) {
        return councilIds.isEmpty() ? List.of() : db.sql(SELECT_PLAN + " WHERE p.council_id IN (:ids) ORDER BY p.financial_year, p.key")
                .param("ids", councilIds).query(RecordRows.of(Plan.class)).list();
    }

    public List<Plan> byYears(Collection<Integer> years) {
        return years.isEmpty() ? List.of() : db.sql(SELECT_PLAN + " WHERE p.financial_year IN (:years) ORDER BY c.slug, p.key")
                .param("years", years).query(RecordRows.of(Plan.class)).list();
    }

    public Optional<Plan> byKey(String council, int year, String key) {
        return db.sql(SELECT_PLAN + " WHERE c.slug = ? AND p.financial_year = ? AND p.key = ?").params(council, year, key)
                .query(RecordRows.of(Plan.class)).optional();
    }

    public List<Theme> themesOf(Collection<Long> planIds) {
        return planIds.isEmpty() ? List.of() : db.sql(SELECT_THEME + " WHERE t.plan_id IN (:ids) ORDER BY t.plan_id, t.position, t.id")
                .param("ids", planIds).query(RecordRows.of(Theme.class)).list();
    }

    public List<Theme> themesByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : db.sql(SELECT_THEME + " WHERE t.id IN (:ids)").param("ids", ids).query(RecordRows.of(Theme.class)).list();
    }

    public Optional<Theme> themeByKey(String council, int year, String plan, String key) {
        return db.sql(SELECT_THEME + " WHERE c.slug = ? AND p.financial_year = ? AND p.key = ? AND t.key = ?")
                .params(council, year, plan, key).query(RecordRows.of(Theme.class)).optional();
    }

    /** The row of the theme a filter names by its id, or -1 (matching nothing) if there is no such theme. */
    public Long themeRowIdOf(String themeId) {
        if (themeId == null) {
            return null;
        }
        NodeId id = NodeId.parse(themeId).expect("Theme", 4);
        return themeByKey(id.part(0), id.year(1), id.part(2), id.part(3)).map(Theme::rowId).orElse(-1L);
    }

    /** How each report printed the plans, in meeting order. */
    public List<PlanEntry> entriesOf(Collection<Long> planIds) {
        return planIds.isEmpty() ? List.of() : db.sql(SELECT_ENTRY + " WHERE e.plan_id IN (:ids) ORDER BY r.meeting_date, r.id")
                .param("ids", planIds).query(RecordRows.of(PlanEntry.class)).list();
    }

    /** The plans each report printed, in the order printed. */
    public List<PlanEntry> entriesInReports(Collection<Long> reportIds) {
        return reportIds.isEmpty() ? List.of() : db.sql(SELECT_ENTRY + " WHERE e.report_id IN (:ids) ORDER BY e.report_id, e.source_line, e.id")
                .param("ids", reportIds).query(RecordRows.of(PlanEntry.class)).list();
    }

    private static final String SELECT_ENTRY = """
            SELECT e.plan_id AS plan_row_id, e.report_id AS report_row_id, e.title, e.appendix, e.commentary,
                   e.comment_heading, e.source_line AS line
            FROM plan_entry e JOIN report r ON r.id = e.report_id""";
}
