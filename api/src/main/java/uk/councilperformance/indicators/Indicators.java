package uk.councilperformance.indicators;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.councilperformance.database.RecordRows;
import uk.councilperformance.graph.Connection;
import uk.councilperformance.graph.Where;

/** Reads indicators. Every method is one SQL statement. */
@Component
public class Indicators {

    static final String FROM = """
            FROM indicator i JOIN theme t ON t.id = i.theme_id JOIN plan p ON p.id = t.plan_id
            JOIN council c ON c.id = p.council_id""";
    static final String SELECT = """
            SELECT i.id AS row_id, i.theme_id AS theme_row_id, p.id AS plan_row_id, i.series_id AS series_row_id,
                   i.series_rule, c.slug AS council_slug, p.financial_year AS year, p.key AS plan_key,
                   t.key AS theme_key, i.key, i.name, i.breakdown, i.unit, i.polarity,
                   (SELECT e.frequency FROM indicator_entry e JOIN report r ON r.id = e.report_id
                     WHERE e.indicator_id = i.id AND e.frequency IS NOT NULL
                     ORDER BY r.meeting_date DESC, r.id DESC LIMIT 1) AS frequency
            """ + FROM;
    static final String PLAN_ORDER = "p.financial_year, c.slug, p.key, t.position, i.position, i.id";

    private final JdbcClient db;

    public Indicators(JdbcClient db) {
        this.db = db;
    }

    public List<Indicator> find(Where where, String orderBy, Connection.Window window) {
        return db.sql(SELECT + where.sql() + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
                .params(where.params()).param("limit", window.limit() + 1).param("offset", window.offset())
                .query(RecordRows.of(Indicator.class)).list();
    }

    public int count(Where where) {
        return db.sql("SELECT COUNT(*) " + FROM + where.sql()).params(where.params()).query(Integer.class).single();
    }

    public List<Indicator> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : db.sql(SELECT + " WHERE i.id IN (:ids)").param("ids", ids).query(RecordRows.of(Indicator.class)).list();
    }

    public List<Indicator> inThemes(Collection<Long> themeIds) {
        return ids("i.theme_id", themeIds);
    }

    public List<Indicator> inPlans(Collection<Long> planIds) {
        return ids("p.id", planIds);
    }

    public List<Indicator> inSeries(Collection<Long> seriesIds) {
        return ids("i.series_id", seriesIds);
    }

    public Optional<Indicator> byKey(String council, int year, String plan, String theme, String key) {
        return db.sql(SELECT + " WHERE c.slug = ? AND p.financial_year = ? AND p.key = ? AND t.key = ? AND i.key = ?")
                .params(council, year, plan, theme, key).query(RecordRows.of(Indicator.class)).optional();
    }

    /** Indicators of plans of these years, of one council or (null) of all. */
    public List<Indicator> inYears(Collection<Integer> years, String council) {
        if (years.isEmpty()) {
            return List.of();
        }
        Where where = new Where().always("p.financial_year IN (:years)").param("years", years)
                .and("c.slug = :council", "council", council);
        return db.sql(SELECT + where.sql() + " ORDER BY " + PLAN_ORDER).params(where.params()).query(RecordRows.of(Indicator.class)).list();
    }

    private List<Indicator> ids(String column, Collection<?> ids) {
        return ids.isEmpty() ? List.of() : db.sql(SELECT + " WHERE " + column + " IN (:ids) ORDER BY " + PLAN_ORDER)
                .param("ids", ids).query(RecordRows.of(Indicator.class)).list();
    }
}
