package uk.councilperformance.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A WHERE clause built from the filters a client gave, with named parameters (never string-joined values). */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds the condition when the value is given. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
        }
        return this;
    }

    public Where always(String condition) {
        conditions.add(condition);
        return this;
    }

    public Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }
}
