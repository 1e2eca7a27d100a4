package uk.councilperformance.publishing;

import java.util.List;
import java.util.Map;

/** Reading the plain maps and lists the API's JSON arrives as. */
final class Json {

    private Json() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object parent, String key) {
        return (Map<String, Object>) ((Map<?, ?>) parent).get(key);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object parent, String key) {
        Object value = ((Map<?, ?>) parent).get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    static String text(Object parent, String key) {
        Object value = ((Map<?, ?>) parent).get(key);
        return value == null ? null : value.toString();
    }

    /** A value at a dotted path, e.g. "source.report.slug"; null if any step is missing. */
    static Object at(Object parent, String path) {
        Object current = parent;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(step);
        }
        return current;
    }
}
