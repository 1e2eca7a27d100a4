package uk.councilperformance.series;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.councilperformance.database.RecordRows;

/** Reads series. */
@Component
public class SeriesRepository {

    private static final String SELECT = """
            SELECT s.id AS row_id, c.slug AS council_slug, s.kind, s.key, s.title
            FROM series s JOIN council c ON c.id = s.council_id""";

    private final JdbcClient db;

    public SeriesRepository(JdbcClient db) {
        this.db = db;
    }

    public List<Series> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : db.sql(SELECT + " WHERE s.id IN (:ids)").param("ids", ids).query(RecordRows.of(Series.class)).list();
    }

    public Optional<Series> byKey(String council, String kind, String key) {
        return db.sql(SELECT + " WHERE c.slug = ? AND s.kind = ? AND s.key = ?").params(council, kind, key)
                .query(RecordRows.of(Series.class)).optional();
    }
}
