package uk.councilperformance.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.councilperformance.EmbeddedPostgresServer;

/**
 * Columns reads every kind of stored value as the driver's own getString and getBigDecimal do: on a real SQLite
 * file (straight and through the connection pool the API uses) and on a real PostgreSQL.
 */
class ColumnsTest {

    /** Text with characters of one, two, three and four bytes in UTF-8, empty text, a blank, numbers and nulls. */
    private static final String VALUES = "('plain', '12.50'), ('£ – café “quoted”', '-0.001'), ('🏠 homes', '7'),"
            + " ('', '100'), (NULL, NULL), ('line one\nline two', '3.14159')";

    @TempDir
    Path work;

    @Test
    void sqliteTextAndDecimalsAreTheDriversOwn() throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection(SqliteUrls.of(work.resolve("plain.db")))) {
            assertSameAsTheDriver(c, "TEXT", true);
        }
    }

    @Test
    void sqliteThroughThePoolAndWithNumbersStoredAsNumbers() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(SqliteUrls.of(work.resolve("pooled.db")));
        try (HikariDataSource pool = new HikariDataSource(config); Connection c = pool.getConnection()) {
            assertSameAsTheDriver(c, "NUMERIC", true);
        }
    }

    @Test
    void postgresTextAndDecimalsAreTheDriversOwn() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresServer.start()) {
            DataSource source = postgres.getPostgresDatabase();
            try (Connection c = source.getConnection()) {
                assertSameAsTheDriver(c, "NUMERIC", false);
            }
        }
    }

    private static void assertSameAsTheDriver(Connection c, String numberType, boolean sqlite) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (name TEXT, amount " + numberType + ")");
            s.execute("INSERT INTO t (name, amount) VALUES " + VALUES);
            List<String> driver = new ArrayList<>();
            List<String> ours = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name, amount, amount AS again FROM t ORDER BY name")) {
                // Which way Columns reads: SQLite's bytes, or the driver's own getString.
                assertThat(rs.isWrapperFor(org.sqlite.core.CoreResultSet.class)).isEqualTo(sqlite);
                while (rs.next()) {
                    driver.add(rs.getString("name") + " | " + rs.getString(1) + " | " + rs.getBigDecimal("amount"));
                    ours.add(Columns.text(rs, "name") + " | " + Columns.text(rs, 1) + " | " + Columns.decimal(rs, "again"));
                }
            }
            assertThat(ours).hasSize(6).isEqualTo(driver);
            assertThat(driver).anyMatch(row -> row.startsWith("🏠 homes"));
            assertThat(driver).anyMatch(row -> row.startsWith("null | null | null"));
        }
    }
}
