package uk.councilperformance.publishing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A published summary table laid out as rows and columns, each cell beside its computed count. */
final class SummaryGrid {

    private static final Map<String, String> COLUMN_LABELS = Map.ofEntries(
            Map.entry("completed", "Completed"), Map.entry("on-track", "On track"),
            Map.entry("slightly-behind", "Slightly behind"), Map.entry("seriously-behind", "Seriously behind"),
            Map.entry("closed", "Closed"), Map.entry("not-rated", "Not rated"), Map.entry("total", "Total"),
            Map.entry("improved", "Improved"), Map.entry("deteriorated", "Deteriorated"), Map.entry("same", "Same"),
            Map.entry("not-available", "Not available"));

    private SummaryGrid() {
    }

    static Map<String, Object> of(Map<String, Object> table) {
        List<String> columns = new ArrayList<>();
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (Map<String, Object> cell : Json.list(table, "cells")) {
            String status = Json.text(cell, "status");
            if (!columns.contains(status)) {
                columns.add(status);
            }
            String rowKey = cell.get("rowLabel") + "|" + cell.get("rowIsTotal");
            Map<String, Object> row = rows.computeIfAbsent(rowKey, k -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("label", cell.get("rowLabel") != null ? cell.get("rowLabel") : Boolean.TRUE.equals(cell.get("rowIsTotal")) ? "Total" : "All actions");
                r.put("cells", new LinkedHashMap<String, Object>());
                return r;
            });
            @SuppressWarnings("unchecked")
            Map<String, Object> cells = (Map<String, Object>) row.get("cells");
            cells.put(status, cell);
        }
        List<Map<String, Object>> laidOut = new ArrayList<>();
        for (Map<String, Object> row : rows.values()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> cells = (Map<String, Object>) row.get("cells");
            List<Object> ordered = new ArrayList<>();
            columns.forEach(c -> ordered.add(cells.get(c)));
            laidOut.add(Json.ordered("label", row.get("label"), "cells", ordered));
        }
        Map<String, Object> grid = new LinkedHashMap<>(table);
        grid.put("columns", columns.stream().map(c -> COLUMN_LABELS.getOrDefault(c, c)).toList());
        grid.put("rows", laidOut);
        return grid;
    }
}
