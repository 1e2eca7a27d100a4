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

    /** Paths split once: the publisher asks for the same few paths for every figure of every page. */
    private static final Map<String, String[]> STEPS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A value at a dotted path, e.g. "source.report.slug"; null if any step is missing. */
    static Object at(Object parent, String path) {
        Object current = parent;
        // get before computeIfAbsent: the paths are a few dozen, read for every figure, and get takes no lock.
        String[] steps = STEPS.get(path);
        if (steps == null) {
            steps = STEPS.computeIfAbsent(path, p -> p.split("\\."));
        }
        for (String step : steps) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(step);
        }
        return current;
    }

    /**
     * A map that keeps the order its keys are given in. Anything that can reach a JSON file is made with this, never
     * Map.of: Map.of's order changes from one run of the JVM to the next, and the same data must give the same bytes.
     */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
