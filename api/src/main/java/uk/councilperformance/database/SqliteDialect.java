package uk.councilperformance.database;

import java.sql.JDBCType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.mapping.JdbcValue;
import org.springframework.data.relational.core.dialect.AbstractDialect;
import org.springframework.data.relational.core.dialect.LimitClause;
import org.springframework.data.relational.core.dialect.LockClause;
import org.springframework.data.relational.core.sql.IdentifierProcessing;
import org.springframework.data.relational.core.sql.LockOptions;

/**
 * Spring Data JDBC has no SQLite dialect (declined upstream), so the api owns this small one.
 * Dates are written as ISO text: otherwise the driver stores epoch millis and cannot read them back.
 */
public class SqliteDialect extends AbstractDialect implements JdbcDialect {

    public static final SqliteDialect INSTANCE = new SqliteDialect();

    private static final LimitClause LIMIT = new LimitClause() {
        @Override
        public String getLimit(long limit) {
            return "LIMIT " + limit;
        }

        @Override
        public String getOffset(long offset) {
            return "LIMIT -1 OFFSET " + offset;
        }

        @Override
        public String getLimitOffset(long limit, long offset) {
            return "LIMIT " + limit + " OFFSET " + offset;
        }

        @Override
        public Position getClausePosition() {
            return Position.AFTER_ORDER_BY;
        }
    };

    private static final LockClause NO_LOCK = new LockClause() {
        @Override
        public String getLock(LockOptions lockOptions) {
            // SQLite locks the whole database per transaction; there is no row lock to ask for.
            return "";
        }

        @Override
        public Position getClausePosition() {
            return Position.AFTER_ORDER_BY;
        }
    };

    @Override
    public String getName() {
        return "SQLite";
    }

    @Override
    public LimitClause limit() {
        return LIMIT;
    }

    @Override
    public LockClause lock() {
        return NO_LOCK;
    }

    @Override
    public IdentifierProcessing getIdentifierProcessing() {
        return IdentifierProcessing.create(IdentifierProcessing.Quoting.ANSI, IdentifierProcessing.LetterCasing.LOWER_CASE);
    }

    @Override
    public Collection<Object> getConverters() {
        return List.of(LocalDateToText.INSTANCE, TextToLocalDate.INSTANCE, InstantToText.INSTANCE, TextToInstant.INSTANCE,
                IntegerToBoolean.INSTANCE);
    }

    /** SQLite has no boolean type: a BOOLEAN column holds 0 or 1. */
    @ReadingConverter
    enum IntegerToBoolean implements Converter<Integer, Boolean> {
        INSTANCE;

        @Override
        public Boolean convert(Integer value) {
            return value != 0;
        }
    }

    @WritingConverter
    enum LocalDateToText implements Converter<LocalDate, JdbcValue> {
        INSTANCE;

        @Override
        public JdbcValue convert(LocalDate date) {
            return JdbcValue.of(date.toString(), JDBCType.VARCHAR);
        }
    }

    @ReadingConverter
    enum TextToLocalDate implements Converter<String, LocalDate> {
        INSTANCE;

        @Override
        public LocalDate convert(String text) {
            return LocalDate.parse(text);
        }
    }

    @WritingConverter
    enum InstantToText implements Converter<Instant, JdbcValue> {
        INSTANCE;

        @Override
        public JdbcValue convert(Instant instant) {
            // Fixed width (always milliseconds) so that text order is time order.
            return JdbcValue.of(java.time.format.DateTimeFormatter.ISO_INSTANT
                    .format(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)).replaceFirst("(:\\d{2})Z$", "$1.000Z"),
                    JDBCType.VARCHAR);
        }
    }

    @ReadingConverter
    enum TextToInstant implements Converter<String, Instant> {
        INSTANCE;

        @Override
        public Instant convert(String text) {
            return Instant.parse(text);
        }
    }
}
