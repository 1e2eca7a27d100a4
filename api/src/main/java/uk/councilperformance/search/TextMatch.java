package uk.councilperformance.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import uk.councilperformance.graph.Arguments;
import uk.councilperformance.graph.BadArgument;

/**
 * The SQL that finds things whose text contains what was asked for, from search_text. On SQLite a text of three
 * characters or more is looked up in the trigram index (FTS5); shorter texts, and PostgreSQL (whose pg_trgm
 * index serves LIKE itself), use LIKE. Either way it is a case-insensitive "contains", as before the index.
 */
@Component
public class TextMatch {

    /** A condition to add to a query, and the value of its :text parameter. */
    public record Condition(String sql, Object text) {
    }

    private final boolean fts;

    public TextMatch(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            this.fts = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("sqlite");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    /**
     * Rows whose owner (ownerColumn, e.g. "i.id") has a piece of one of these kinds containing the text; null when
     * no text was asked for.
     */
    public Condition in(String argument, String text, String ownerColumn, String... kinds) {
        String like = Arguments.text(argument, text);
        if (like == null) {
            return null;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        boolean indexed = fts && wanted.codePointCount(0, wanted.length()) >= 3;
        String kindList = String.join(", ", java.util.Arrays.stream(kinds).map(k -> "'" + k + "'").toList());
        // From the index to the pieces it found (CROSS JOIN keeps SQLite to that order), never through every piece.
        String sql = indexed
                ? ownerColumn + " IN (SELECT s.owner_id FROM search_trigram f CROSS JOIN search_text s ON s.id = f.rowid"
                        + " WHERE f.search_trigram MATCH :text AND s.kind IN (" + kindList + "))"
                : ownerColumn + " IN (SELECT s.owner_id FROM search_text s WHERE s.kind IN (" + kindList + ")"
                        + " AND s.text LIKE :text ESCAPE '\\')";
        return new Condition(sql, indexed ? phrase(argument, wanted) : like);
    }

    /** The text as one FTS5 string, which the trigram tokenizer matches as a substring. */
    private static String phrase(String argument, String text) {
        if (text.indexOf('\0') >= 0) {
            throw new BadArgument(argument, "search text must not contain NUL");
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
