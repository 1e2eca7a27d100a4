package uk.councilperformance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import uk.councilperformance.database.SqliteUrls;
import uk.councilperformance.reports.Sha256;

/** A digest of every row of every table, to prove that a failed build changed nothing. */
public final class DatabaseDigest {

    private DatabaseDigest() {
    }

    public static String of(java.nio.file.Path database) throws SQLException {
        return of(database, false);
    }

    /**
     * The same without the data version tokens (table data_version, columns data_version): random, so two databases
     * that made the same change hold the same data under different tokens.
     */
    public static String ofData(java.nio.file.Path database) throws SQLException {
        return of(database, true);
    }

    private static String of(java.nio.file.Path database, boolean withoutTokens) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection c = DriverManager.getConnection(SqliteUrls.of(database)); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                if (withoutTokens && table.equals("data_version")) {
                    continue;
                }
                all.append("#").append(table).append('\n');
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            if (withoutTokens && rs.getMetaData().getColumnName(i).equals("data_version")) {
                                continue;
                            }
                            all.append(rs.getString(i)).append('\t');
                        }
                        all.append('\n');
                    }
                }
            }
        }
        return Sha256.of(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
