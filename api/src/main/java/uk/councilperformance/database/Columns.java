package uk.councilperformance.database;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.sqlite.core.CoreResultSet;

/**
 * Reads text and decimal columns of the rows the API reads most (the histories, the record mappers) the cheapest way
 * each driver has. sqlite-jdbc's getString has its native code wrap each value in a direct ByteBuffer, made by a
 * call back into Java, and then copies it out: 15% of the API's CPU while it answered a national publish. Its
 * getBytes gives the same UTF-8 bytes as a plain array, decoded here as the driver decodes them. Other drivers
 * read text as usual.
 */
public final class Columns {

    private Columns() {
    }

    public static String text(ResultSet rs, String column) throws SQLException {
        return text(rs, rs.findColumn(column));
    }

    public static String text(ResultSet rs, int column) throws SQLException {
        if (!rs.isWrapperFor(CoreResultSet.class)) {
            return rs.getString(column);
        }
        // For a text value SQLite gives its UTF-8 bytes; for a number, the bytes of its text, as getString would.
        byte[] bytes = rs.getBytes(column);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** A decimal as stored: sqlite-jdbc reads a stored number or text as its text, too (BigDecimal(String)). */
    public static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        int index = rs.findColumn(column);
        if (!rs.isWrapperFor(CoreResultSet.class)) {
            return rs.getBigDecimal(index);
        }
        String text = text(rs, index);
        return text == null ? null : new BigDecimal(text);
    }
}
