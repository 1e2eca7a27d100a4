package uk.councilperformance.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Online backup and restore of the SQLite database through SQLite's own backup API: a backup is a
 * consistent copy even while the API serves and an import writes; a restore replaces the content in one
 * step and only from a file that passes SQLite's integrity check and holds this application's tables.
 */
public final class SqliteBackup {

    private SqliteBackup() {
    }

    public static void backup(Path database, Path backup) throws SQLException {
        requireFile(database, "database");
        try {
            Files.createDirectories(backup.toAbsolutePath().getParent());
            Files.deleteIfExists(backup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = DriverManager.getConnection(SqliteUrls.of(database)); Statement s = c.createStatement()) {
            s.executeUpdate("backup to '" + quoted(backup) + "'");
        }
        check(backup);
    }

    public static void restore(Path backup, Path database) throws SQLException {
        requireFile(backup, "backup");
        check(backup);
        try (Connection c = DriverManager.getConnection(SqliteUrls.of(database)); Statement s = c.createStatement()) {
            s.executeUpdate("restore from '" + quoted(backup) + "'");
        }
    }

    /** A backup must be a sound SQLite file made by this application (it has the report table). */
    public static void check(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath() + "?open_mode=1");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                if (!"ok".equals(rs.getString(1))) {
                    throw new IllegalArgumentException(file + " is damaged: " + rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'report'")) {
                rs.next();
                if (rs.getInt(1) != 1) {
                    throw new IllegalArgumentException(file + " is not a council performance database");
                }
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException(file + " is not a readable SQLite database: " + e.getMessage(), e);
        }
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no " + what + " file at " + file);
        }
    }

    private static String quoted(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }
}
