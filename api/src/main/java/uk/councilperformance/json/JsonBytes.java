package uk.councilperformance.json;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compact JSON of plain values (maps, lists, text, numbers, true, false, null) as UTF-8 bytes: the bytes Jackson's
 * default mapper gives for them (DataTwinsTest and AnswerJsonTest compare the two), made in one pass without its
 * serializer lookups for every value, which were an eighth of a national publish's samples and a tenth of the API's.
 * Anything else is refused. A download ({@link #of}) also refuses a map with no order of its own (Map.of's changes
 * from one run of the JVM to the next, and the same data must give the same bytes); an answer ({@link #answer}) is
 * written in whatever order its maps have, as Jackson would write it.
 */
public final class JsonBytes {

    /** A value the downloads cannot hold, or a map without an order of its own. */
    public static final class Refused extends IllegalStateException {
        Refused(String message) {
            super(message);
        }
    }

    // "key": as bytes, for the few dozen keys the downloads use.
    private static final Map<String, byte[]> NAMES = new ConcurrentHashMap<>();
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private final ByteOutput out = new ByteOutput();
    private final boolean ordered;

    private JsonBytes(boolean ordered) {
        this.ordered = ordered;
    }

    /** A download's or request's JSON: every map with more than one entry must have an order of its own. */
    public static byte[] of(Object value) {
        return written(value, true).bytes();
    }

    /** An answer's JSON, its maps in their own iteration order. */
    public static byte[] answer(Object value) {
        return written(value, false).bytes();
    }

    /**
     * An answer's JSON written to a stream, without gathering it into one array first. A value that cannot be
     * written is refused before any byte reaches the stream, so the caller can still answer another way.
     */
    public static void answer(Object value, OutputStream to) throws IOException {
        written(value, false).writeTo(to);
    }

    private static ByteOutput written(Object value, boolean ordered) {
        JsonBytes json = new JsonBytes(ordered);
        json.value(value);
        return json.out;
    }

    private void value(Object value) {
        if (value == null) {
            out.put(NULL);
        } else if (value instanceof String text) {
            string(text);
        } else if (value instanceof Map<?, ?> map) {
            map(map);
        } else if (value instanceof Iterable<?> list) {
            out.put((byte) '[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.put((byte) ',');
                }
                first = false;
                value(item);
            }
            out.put((byte) ']');
        } else if (value instanceof Boolean b) {
            out.put(b ? TRUE : FALSE);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger || value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            // What Jackson writes for each: toString (a double's is Double.toString's, a BigDecimal's not its plain form).
            out.ascii(value.toString());
        } else {
            throw new Refused("a " + value.getClass().getName() + " cannot go into a download; give it as text, a number,"
                    + " a list or a map");
        }
    }

    private void map(Map<?, ?> map) {
        if (ordered && map.size() > 1 && !(map instanceof LinkedHashMap || map instanceof SortedMap)) {
            throw new Refused("a map with no order of its own (" + map.getClass().getName() + ", keys " + map.keySet()
                    + ") would give different bytes in each run; make it with Json.ordered");
        }
        out.put((byte) '{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.put((byte) ',');
            }
            first = false;
            if (entry.getKey() == null) {
                throw new Refused("a map with a null key, keys " + map.keySet());
            }
            out.put(name(entry.getKey().toString()));
            value(entry.getValue());
        }
        out.put((byte) '}');
    }

    /** A key's bytes, kept for the field names the downloads repeat (but not without limit: a map's keys may be data). */
    private static byte[] name(String key) {
        byte[] name = NAMES.get(key);
        if (name == null) {
            name = encodedName(key);
            if (NAMES.size() < 4096) {
                NAMES.putIfAbsent(key, name);
            }
        }
        return name;
    }

    private static byte[] encodedName(String key) {
        JsonBytes json = new JsonBytes(false);
        json.string(key);
        json.out.put((byte) ':');
        return json.out.bytes();
    }

    /**
     * A JSON string: its UTF-8 bytes, with quote, backslash and control characters escaped as Jackson escapes them
     * (\b \t \n \f \r, else \\u00XX). Only those ASCII bytes need it, and no byte of a multi-byte character is one.
     */
    private void string(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.put((byte) '"');
        int plain = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b >= 0 && (b < 0x20 || b == '"' || b == '\\')) {
                out.put(bytes, plain, i - plain);
                escape(b);
                plain = i + 1;
            }
        }
        out.put(bytes, plain, bytes.length - plain);
        out.put((byte) '"');
    }

    private void escape(byte b) {
        char shortForm = switch (b) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        if (shortForm != 0) {
            out.put(new byte[] {'\\', (byte) shortForm});
        } else {
            out.put(new byte[] {'\\', 'u', '0', '0', HEX[b >> 4], HEX[b & 0xF]});
        }
    }
}
