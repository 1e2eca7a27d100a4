package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index behind substring search, the one part of the schema each database does its own way: SQLite's FTS5
 * with the trigram tokenizer (kept in step with search_text by triggers), PostgreSQL's pg_trgm GIN index. Both
 * answer "contains this text" from the index instead of reading every row.
 */
public class V5__Search_index extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V5__Search_index.class);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        try (Statement sql = connection.createStatement()) {
            if (product.contains("sqlite")) {
                sql.execute("CREATE VIRTUAL TABLE search_trigram USING fts5(text, content='search_text', content_rowid='id',"
                        + " tokenize='trigram')");
                sql.execute("CREATE TRIGGER search_text_added AFTER INSERT ON search_text BEGIN"
                        + " INSERT INTO search_trigram (rowid, text) VALUES (new.id, new.text); END");
                sql.execute("CREATE TRIGGER search_text_removed AFTER DELETE ON search_text BEGIN"
                        + " INSERT INTO search_trigram (search_trigram, rowid, text) VALUES ('delete', old.id, old.text); END");
                sql.execute("INSERT INTO search_trigram (search_trigram) VALUES ('rebuild')");
            } else if (product.contains("postgres")) {
                // A trusted extension: the database owner may create it. Where that is not allowed, search still
                // works, by reading every row, and the log says so.
                sql.execute("SAVEPOINT trigram");
                try {
                    sql.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
                    sql.execute("CREATE INDEX search_text_trigram ON search_text USING gin (text gin_trgm_ops)");
                    sql.execute("RELEASE SAVEPOINT trigram");
                } catch (SQLException e) {
                    sql.execute("ROLLBACK TO SAVEPOINT trigram");
                    log.warn("No trigram index for search (pg_trgm: {}); search reads every row. Ask the database"
                            + " administrator to run CREATE EXTENSION pg_trgm, then CREATE INDEX search_text_trigram ON"
                            + " search_text USING gin (text gin_trgm_ops).", e.getMessage());
                }
            }
        }
    }
}
