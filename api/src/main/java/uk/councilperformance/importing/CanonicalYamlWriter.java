package uk.councilperformance.importing;

import java.util.List;
import java.util.Map;

/**
 * Writes the canonical report structure as YAML in the layout of data/reports/*.yaml: every text double-quoted
 * (so 26 stays "26" and n/a stays "n/a"), line numbers and true/false plain.
 */
public final class CanonicalYamlWriter {

    private CanonicalYamlWriter() {
    }

    public static String write(Map<String, Object> root, List<String> headerComments) {
        StringBuilder s = new StringBuilder();
        for (String comment : headerComments) {
            s.append("# ").append(comment).append('\n');
        }
        mapping(s, root, 0);
        return s.toString();
    }

    private static void mapping(StringBuilder s, Map<?, ?> map, int indent) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            s.append(" ".repeat(indent));
            entry(s, e.getKey().toString(), e.getValue(), indent);
        }
    }

    private static void entry(StringBuilder s, String key, Object value, int indent) {
        s.append(key).append(':');
        if (value instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                s.append(" {}\n");
                return;
            }
            s.append('\n');
            mapping(s, m, indent + 2);
        } else if (value instanceof List<?> l) {
            if (l.isEmpty()) {
                s.append(" []\n");
                return;
            }
            s.append('\n');
            for (Object item : l) {
                s.append(" ".repeat(indent + 2)).append("- ");
                if (item instanceof Map<?, ?> m) {
                    boolean first = true;
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        if (!first) {
                            s.append(" ".repeat(indent + 4));
                        }
                        first = false;
                        entry(s, e.getKey().toString(), e.getValue(), indent + 4);
                    }
                } else {
                    s.append(scalar(item)).append('\n');
                }
            }
        } else {
            s.append(' ').append(scalar(value)).append('\n');
        }
    }

    private static String scalar(Object value) {
        if (value instanceof Boolean || value instanceof Number) {
            return value.toString();
        }
        return quote(value.toString());
    }

    static String quote(String text) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        q.append(String.format("\\u%04X", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
