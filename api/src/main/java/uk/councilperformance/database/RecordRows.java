package uk.councilperformance.database;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;

/**
 * Maps rows to a record by column label (snake_case labels to camelCase components), reading the labels once
 * per result set. Spring's SimplePropertyRowMapper looks each component up by name on every row and SQLite
 * answers a missing label with an exception, which made a page of rows cost thousands of exceptions.
 */
public final class RecordRows<T extends Record> implements RowMapper<T> {

    /** What is the same for every query of one record type. */
    private record Shape(Constructor<?> constructor, String[] names, Class<?>[] types) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName().toLowerCase(Locale.ROOT);
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return new Shape(constructor, names, types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record always has its canonical constructor: " + type, e);
            }
        }
    };

    private final Class<T> type;
    private final Shape shape;
    /** 1-based column of each component, read from the first row's metadata. */
    private int[] columns;

    private RecordRows(Class<T> type) {
        this.type = type;
        this.shape = SHAPES.get(type);
    }

    /** A mapper for one query (it remembers that query's column order). */
    public static <T extends Record> RecordRows<T> of(Class<T> type) {
        return new RecordRows<>(type);
    }

    @Override
    public T mapRow(ResultSet rs, int rowNum) throws SQLException {
        if (columns == null || rowNum == 0) {
            columns = columns(rs.getMetaData());
        }
        Object[] values = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            values[i] = value(rs, columns[i], shape.types()[i]);
        }
        try {
            return type.cast(shape.constructor().newInstance(values));
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private int[] columns(ResultSetMetaData meta) throws SQLException {
        Map<String, Integer> byName = new HashMap<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            byName.putIfAbsent(meta.getColumnLabel(c).replace("_", "").toLowerCase(Locale.ROOT), c);
        }
        int[] found = new int[shape.names().length];
        for (int i = 0; i < found.length; i++) {
            Integer c = byName.get(shape.names()[i]);
            if (c == null) {
                throw new IllegalStateException("the query for " + type.getSimpleName() + " has no column for "
                        + shape.names()[i] + " (columns: " + byName.keySet() + ")");
            }
            found[i] = c;
        }
        return found;
    }

    private static Object value(ResultSet rs, int column, Class<?> type) throws SQLException {
        if (type == String.class) {
            return Columns.text(rs, column);
        }
        if (type == long.class) {
            return rs.getLong(column);
        }
        if (type == int.class) {
            return rs.getInt(column);
        }
        if (type == boolean.class) {
            return rs.getBoolean(column);
        }
        if (type == double.class) {
            return rs.getDouble(column);
        }
        Object value;
        if (type == Long.class) {
            value = rs.getLong(column);
        } else if (type == Integer.class) {
            value = rs.getInt(column);
        } else if (type == Boolean.class) {
            value = rs.getBoolean(column);
        } else if (type == Double.class) {
            value = rs.getDouble(column);
        } else {
            throw new IllegalStateException("no column mapping for " + type.getName());
        }
        return rs.wasNull() ? null : value;
    }
}
