package uk.councilperformance.projects;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.councilperformance.database.RecordRows;
import uk.councilperformance.graph.Connection;
import uk.councilperformance.graph.Where;

/** Reads key projects and milestones. Every method is one SQL statement. */
@Component
public class Projects {

    static final String PROJECT_FROM = """
            FROM project pr JOIN theme t ON t.id = pr.theme_id JOIN plan p ON p.id = t.plan_id
            JOIN council c ON c.id = p.council_id""";
    static final String SELECT_PROJECT = """
            SELECT pr.id AS row_id, pr.theme_id AS theme_row_id, p.id AS plan_row_id, pr.series_id AS series_row_id,
                   c.slug AS council_slug, p.financial_year AS year, p.key AS plan_key, t.key AS theme_key, pr.key,
                   pr.approach, pr.name, pr.outcomes, pr.note
            """ + PROJECT_FROM;
    static final String PROJECT_ORDER = "p.financial_year, c.slug, p.key, t.position, pr.position, pr.id";
    static final String MILESTONE_FROM = """
            FROM milestone m JOIN project pr ON pr.id = m.project_id JOIN theme t ON t.id = pr.theme_id
            JOIN plan p ON p.id = t.plan_id JOIN council c ON c.id = p.council_id""";
    static final String SELECT_MILESTONE = """
            SELECT m.id AS row_id, m.project_id AS project_row_id, pr.theme_id AS theme_row_id, p.id AS plan_row_id, m.series_id AS series_row_id,
                   c.slug AS council_slug, p.financial_year AS year, p.key AS plan_key, t.key AS theme_key,
                   pr.key AS project_key, m.key, m.name
            """ + MILESTONE_FROM;
    static final String MILESTONE_ORDER = "p.financial_year, c.slug, p.key, t.position, pr.position, m.position, m.id";

    private final JdbcClient db;

    public Projects(JdbcClient db) {
        this.db = db;
    }

    public List<Project> findProjects(Where where, Connection.Window window) {
        return db.sql(SELECT_PROJECT + where.sql() + " ORDER BY " + PROJECT_ORDER + " LIMIT :limit OFFSET :offset")
                .params(where.params()).param("limit", window.limit() + 1).param("offset", window.offset())
                .query(RecordRows.of(Project.class)).list();
    }

    public int countProjects(Where where) {
        return db.sql("SELECT COUNT(*) " + PROJECT_FROM + where.sql()).params(where.params()).query(Integer.class).single();
    }

    public List<Project> projects(String column, Collection<?> ids) {
        return ids.isEmpty() ? List.of() : db.sql(SELECT_PROJECT + " WHERE " + column + " IN (:ids) ORDER BY " + PROJECT_ORDER)
                .param("ids", ids).query(RecordRows.of(Project.class)).list();
    }

    public Optional<Project> projectByKey(String council, int year, String plan, String theme, String key) {
        return db.sql(SELECT_PROJECT + " WHERE c.slug = ? AND p.financial_year = ? AND p.key = ? AND t.key = ? AND pr.key = ?")
                .params(council, year, plan, theme, key).query(RecordRows.of(Project.class)).optional();
    }

    /** Milestones matching a filter, all of them: derived filters (status, overdue) are applied after. */
    public List<Milestone> findMilestones(Where where, String orderBy) {
        return db.sql(SELECT_MILESTONE + where.sql() + " ORDER BY " + orderBy).params(where.params())
                .query(RecordRows.of(Milestone.class)).list();
    }

    public List<Milestone> findMilestones(Where where, String orderBy, Connection.Window window) {
        return db.sql(SELECT_MILESTONE + where.sql() + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
                .params(where.params()).param("limit", window.limit() + 1).param("offset", window.offset())
                .query(RecordRows.of(Milestone.class)).list();
    }

    public int countMilestones(Where where) {
        return db.sql("SELECT COUNT(*) " + MILESTONE_FROM + where.sql()).params(where.params()).query(Integer.class).single();
    }

    public List<Milestone> milestones(String column, Collection<?> ids) {
        return ids.isEmpty() ? List.of() : db.sql(SELECT_MILESTONE + " WHERE " + column + " IN (:ids) ORDER BY " + MILESTONE_ORDER)
                .param("ids", ids).query(RecordRows.of(Milestone.class)).list();
    }

    /** Milestones of plans of these years, of one council or (null) of all. */
    public List<Milestone> milestonesInYears(Collection<Integer> years, String council) {
        if (years.isEmpty()) {
            return List.of();
        }
        Where where = new Where().always("p.financial_year IN (:years)").param("years", years)
                .and("c.slug = :council", "council", council);
        return findMilestones(where, MILESTONE_ORDER);
    }

    public Optional<Milestone> milestoneByKey(String council, int year, String plan, String theme, String project, String key) {
        return db.sql(SELECT_MILESTONE + " WHERE c.slug = ? AND p.financial_year = ? AND p.key = ? AND t.key = ?"
                        + " AND pr.key = ? AND m.key = ?")
                .params(council, year, plan, theme, project, key).query(RecordRows.of(Milestone.class)).optional();
    }
}
