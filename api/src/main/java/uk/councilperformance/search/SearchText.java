package uk.councilperformance.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps search_text in step with the data: after a report is stored, its own pieces (values, notes, comments)
 * are written again, and so are the names of everything it prints; after a removal, pieces of things that are
 * gone go too. Runs inside the storing transaction.
 */
@Component
public class SearchText {

    private static final String INSERT = "INSERT INTO search_text (kind, owner_id, report_id, text) ";
    private static final String INDICATORS_OF_REPORT = "SELECT indicator_id FROM indicator_entry WHERE report_id = :report";
    private static final String MILESTONES_OF_REPORT = "SELECT milestone_id FROM milestone_entry WHERE report_id = :report";
    private static final String PROJECTS_OF_REPORT = "SELECT m.project_id FROM milestone m WHERE m.id IN (" + MILESTONES_OF_REPORT + ")";

    private final JdbcClient db;

    public SearchText(JdbcClient db) {
        this.db = db;
    }

    public void reportStored(long reportId) {
        run("DELETE FROM search_text WHERE report_id = :report", reportId);
        run(INSERT + "SELECT 'indicator', e.indicator_id, e.report_id, LOWER(v.published_text) FROM indicator_entry e"
                + " JOIN indicator_value v ON v.indicator_entry_id = e.id WHERE e.report_id = :report", reportId);
        run(INSERT + "SELECT 'indicator', indicator_id, report_id, LOWER(note) FROM indicator_entry"
                + " WHERE report_id = :report AND note IS NOT NULL", reportId);
        run(INSERT + "SELECT 'indicator', indicator_id, report_id, LOWER(assessment) FROM indicator_entry"
                + " WHERE report_id = :report AND assessment IS NOT NULL", reportId);
        run(INSERT + "SELECT 'milestone', milestone_id, report_id, LOWER(comment) FROM milestone_entry"
                + " WHERE report_id = :report AND comment IS NOT NULL", reportId);
        // Names belong to no one report: written again for whatever this report prints.
        run("DELETE FROM search_text WHERE report_id IS NULL AND kind = 'indicator' AND owner_id IN (" + INDICATORS_OF_REPORT + ")", reportId);
        run(INSERT + "SELECT 'indicator', id, NULL, LOWER(name) FROM indicator WHERE id IN (" + INDICATORS_OF_REPORT + ")", reportId);
        run(INSERT + "SELECT 'indicator', id, NULL, LOWER(breakdown) FROM indicator WHERE breakdown IS NOT NULL"
                + " AND id IN (" + INDICATORS_OF_REPORT + ")", reportId);
        run("DELETE FROM search_text WHERE report_id IS NULL AND kind = 'milestone' AND owner_id IN (" + MILESTONES_OF_REPORT + ")", reportId);
        run(INSERT + "SELECT 'milestone', id, NULL, LOWER(name) FROM milestone WHERE id IN (" + MILESTONES_OF_REPORT + ")", reportId);
        run("DELETE FROM search_text WHERE report_id IS NULL AND kind IN ('project', 'project-outcomes')"
                + " AND owner_id IN (" + PROJECTS_OF_REPORT + ")", reportId);
        run(INSERT + "SELECT 'project', id, NULL, LOWER(name) FROM project WHERE id IN (" + PROJECTS_OF_REPORT + ")", reportId);
        run(INSERT + "SELECT 'project', id, NULL, LOWER(approach) FROM project WHERE approach IS NOT NULL"
                + " AND id IN (" + PROJECTS_OF_REPORT + ")", reportId);
        run(INSERT + "SELECT 'project-outcomes', id, NULL, LOWER(outcomes) FROM project WHERE outcomes IS NOT NULL"
                + " AND id IN (" + PROJECTS_OF_REPORT + ")", reportId);
    }

    /** Removes the pieces of things no longer stored. */
    public void removeOrphans() {
        db.sql("DELETE FROM search_text WHERE kind = 'indicator' AND NOT EXISTS"
                + " (SELECT 1 FROM indicator i WHERE i.id = search_text.owner_id)").update();
        db.sql("DELETE FROM search_text WHERE kind = 'milestone' AND NOT EXISTS"
                + " (SELECT 1 FROM milestone m WHERE m.id = search_text.owner_id)").update();
        db.sql("DELETE FROM search_text WHERE kind IN ('project', 'project-outcomes') AND NOT EXISTS"
                + " (SELECT 1 FROM project p WHERE p.id = search_text.owner_id)").update();
    }

    private void run(String sql, long reportId) {
        db.sql(sql).param("report", reportId).update();
    }
}
