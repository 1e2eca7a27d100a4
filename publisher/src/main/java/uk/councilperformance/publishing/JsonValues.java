package uk.councilperformance.publishing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document (UTF-8 bytes) into the plain values the site is made from: an object as a LinkedHashMap in the
 * document's order, an array as an ArrayList, text, true, false, null, and a number as Jackson's untyped reading gives
 * it (Integer, else Long, else BigInteger; any number with a fraction or exponent a Double). JsonValuesTest reads the
 * same documents with Jackson and compares. The publisher reads every answer of the API this way, without loading
 * Jackson's mapper: 1,150 fewer classes in a publish with nothing to do.
 */
final class JsonValues {

    /** The bytes are not one JSON value. */
    static final class Malformed extends IllegalArgumentException {
        Malformed(String message) {
            super(message);
        }
    }

    /**
     * Deeper nesting, or a longer number, is refused rather than read: the API's answers nest about 20 deep, and
     * Jackson, which read them before, refuses numbers longer than 1,000 characters too.
     */
    static final int MAX_DEPTH = 500;
    static final int MAX_NUMBER_LENGTH = 1000;

    private final byte[] in;
    private final int end;
    private int at;
    private int depth;
    // The object keys met so far, by a hash of their bytes: an answer repeats a few dozen keys thousands of times, and
    // one String each (as Jackson's own key cache keeps) spares making and hashing them again.
    private final String[] keys = new String[512];
    private final byte[][] keyBytes = new byte[512][];

    private JsonValues(byte[] in) {
        this.in = in;
        this.end = in.length;
    }

    /** The one value in the bytes; nothing but white space may follow it. */
    static Object read(byte[] bytes) {
        JsonValues json = new JsonValues(bytes);
        Object value = json.value();
        json.space();
        if (json.at != json.end) {
            throw json.malformed("more after the value");
        }
        return value;
    }

    private Object value() {
        space();
        if (at >= end) {
            throw malformed("a value expected, the end found");
        }
        byte b = in[at];
        switch (b) {
            case '{', '[': {
                if (++depth > MAX_DEPTH) {
                    throw malformed("nested more than " + MAX_DEPTH + " deep");
                }
                Object nested = b == '{' ? object() : array();
                depth--;
                return nested;
            }
            case '"':
                at++;
                return string();
            case 't':
                word("true");
                return Boolean.TRUE;
            case 'f':
                word("false");
                return Boolean.FALSE;
            case 'n':
                word("null");
                return null;
            default:
                if (b == '-' || (b >= '0' && b <= '9')) {
                    return number();
                }
                throw malformed("a value expected");
        }
    }

    private Map<String, Object> object() {
        at++;
        Map<String, Object> map = new LinkedHashMap<>();
        space();
        if (at < end && in[at] == '}') {
            at++;
            return map;
        }
        while (true) {
            space();
            if (at >= end || in[at] != '"') {
                throw malformed("a key expected");
            }
            at++;
            String key = key();
            space();
            if (at >= end || in[at] != ':') {
                throw malformed("':' expected");
            }
            at++;
            map.put(key, value());
            if (closed('}')) {
                return map;
            }
        }
    }

    private List<Object> array() {
        at++;
        List<Object> list = new ArrayList<>();
        space();
        if (at < end && in[at] == ']') {
            at++;
            return list;
        }
        while (true) {
            list.add(value());
            if (closed(']')) {
                return list;
            }
        }
    }

    /** After a member or an element: true past the closing bracket, false past a comma (another follows). */
    private boolean closed(char close) {
        space();
        if (at < end && in[at] == ',') {
            at++;
            return false;
        }
        if (at < end && in[at] == close) {
            at++;
            return true;
        }
        throw malformed("',' or '" + close + "' expected");
    }

    /** A key: the String made for the same bytes before, if there was one; escaped keys are made afresh. */
    private String key() {
        int from = at;
        int hash = 0;
        boolean ascii = true;
        while (at < end) {
            byte b = in[at];
            if (b == '"') {
                int slot = (hash ^ (hash >>> 9)) & (keys.length - 1);
                byte[] known = keyBytes[slot];
                if (known != null && Arrays.equals(known, 0, known.length, in, from, at)) {
                    at++;
                    return keys[slot];
                }
                String key = text(from, at, ascii);
                keyBytes[slot] = Arrays.copyOfRange(in, from, at);
                keys[slot] = key;
                at++;
                return key;
            }
            if (b == '\\' || (b >= 0 && b < 0x20)) {
                at = from;
                return string();
            }
            ascii &= b >= 0;
            hash = 31 * hash + b;
            at++;
        }
        throw malformed("a string not closed");
    }

    /** The string from here to its closing quote, which it passes. */
    private String string() {
        int from = at;
        boolean ascii = true;
        while (at < end) {
            byte b = in[at];
            if (b == '"') {
                String text = text(from, at, ascii);
                at++;
                return text;
            }
            if (b == '\\') {
                return escaped(from);
            }
            if (b >= 0 && b < 0x20) {
                throw malformed("a control character in a string");
            }
            ascii &= b >= 0;
            at++;
        }
        throw malformed("a string not closed");
    }

    private String text(int from, int to, boolean ascii) {
        // ASCII's bytes are its characters: the Latin-1 decoder copies them without the UTF-8 decoder's checks.
        return new String(in, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** A string with escapes, from its first character: the plain runs decoded as UTF-8, the escapes as they say. */
    private String escaped(int from) {
        StringBuilder text = new StringBuilder();
        int plain = from;
        while (at < end) {
            byte b = in[at];
            if (b == '"') {
                text.append(new String(in, plain, at - plain, StandardCharsets.UTF_8));
                at++;
                return text.toString();
            }
            if (b >= 0 && b < 0x20) {
                throw malformed("a control character in a string");
            }
            if (b != '\\') {
                at++;
                continue;
            }
            text.append(new String(in, plain, at - plain, StandardCharsets.UTF_8));
            if (at + 1 >= end) {
                throw malformed("a string not closed");
            }
            byte e = in[at + 1];
            at += 2;
            switch (e) {
                case '"' -> text.append('"');
                case '\\' -> text.append('\\');
                case '/' -> text.append('/');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> text.append(hex());
                default -> {
                    at -= 2;
                    throw malformed("an unknown escape \\" + (char) e);
                }
            }
            plain = at;
        }
        throw malformed("a string not closed");
    }

    /** The four hex digits of a \\u escape (a surrogate pair comes as two, each its own char, as in Java). */
    private char hex() {
        if (at + 4 > end) {
            throw malformed("a \\u escape cut short");
        }
        int c = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(in[at + i], 16);
            if (digit < 0) {
                throw malformed("a \\u escape with a character that is not a hex digit");
            }
            c = c * 16 + digit;
        }
        at += 4;
        return (char) c;
    }

    private Object number() {
        int from = at;
        if (in[at] == '-') {
            at++;
        }
        int digitsFrom = at;
        while (at < end && in[at] >= '0' && in[at] <= '9') {
            at++;
        }
        int digits = at - digitsFrom;
        if (digits == 0 || (digits > 1 && in[digitsFrom] == '0')) {
            throw malformed("a number expected");
        }
        boolean fraction = false;
        if (at < end && in[at] == '.') {
            fraction = true;
            at++;
            int fractionFrom = at;
            while (at < end && in[at] >= '0' && in[at] <= '9') {
                at++;
            }
            if (at == fractionFrom) {
                throw malformed("a digit expected after '.'");
            }
        }
        if (at < end && (in[at] == 'e' || in[at] == 'E')) {
            fraction = true;
            at++;
            if (at < end && (in[at] == '+' || in[at] == '-')) {
                at++;
            }
            int exponentFrom = at;
            while (at < end && in[at] >= '0' && in[at] <= '9') {
                at++;
            }
            if (at == exponentFrom) {
                throw malformed("a digit expected in the exponent");
            }
        }
        if (at - from > MAX_NUMBER_LENGTH) {
            at = from;
            throw malformed("a number longer than " + MAX_NUMBER_LENGTH + " characters");
        }
        String text = new String(in, from, at - from, StandardCharsets.ISO_8859_1);
        if (fraction) {
            return Double.parseDouble(text);
        }
        if (digits <= 9) {
            return Integer.parseInt(text);
        }
        if (digits <= 18) {
            long n = Long.parseLong(text);
            return n == (int) n ? (Object) (int) n : (Object) n;
        }
        BigInteger n = new BigInteger(text);
        return n.bitLength() < 64 ? (Object) n.longValue() : n;
    }

    private void word(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (at + i >= end || in[at + i] != word.charAt(i)) {
                throw malformed("a value expected");
            }
        }
        at += word.length();
    }

    private void space() {
        while (at < end) {
            byte b = in[at];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            at++;
        }
    }

    private Malformed malformed(String what) {
        return new Malformed("the answer is not JSON: " + what + " at byte " + at);
    }
}
