package uk.councilperformance.database;

import java.nio.file.Path;

/** JDBC URLs for a SQLite file with the settings every connection needs. */
public final class SqliteUrls {

    private SqliteUrls() {
    }

    /** WAL lets readers work while an import writes; the busy timeout waits out a writer instead of failing. */
    public static String of(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath() + "?journal_mode=WAL&busy_timeout=5000&foreign_keys=true";
    }
}
