package uk.councilperformance.councils;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.councilperformance.database.RecordRows;

/** Reads councils. */
@Component
public class Councils {

    private static final String SELECT = "SELECT id AS row_id, slug, name, data_version FROM council";

    private final JdbcClient db;

    public Councils(JdbcClient db) {
        this.db = db;
    }

    public List<Council> all() {
        return db.sql(SELECT + " ORDER BY slug").query(RecordRows.of(Council.class)).list();
    }

    public Optional<Council> bySlug(String slug) {
        return db.sql(SELECT + " WHERE slug = ?").param(slug).query(RecordRows.of(Council.class)).optional();
    }

    public List<Council> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : db.sql(SELECT + " WHERE id IN (:ids)").param("ids", ids).query(RecordRows.of(Council.class)).list();
    }
}
