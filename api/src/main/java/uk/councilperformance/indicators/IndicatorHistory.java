package uk.councilperformance.indicators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything ever published or corrected about one indicator. Current figures are the latest observation of
 * each field: a later report that restates a figure, or an officer's correction, supersedes without erasing.
 */
public record IndicatorHistory(List<IndicatorEntry> entries, List<IndicatorValue> observations) {

    static final List<String> FIELD_ORDER = List.of("LAST_YEAR_OUTTURN", "TARGET", "Q1", "Q2", "Q3", "Q4", "TOTAL");

    public static final IndicatorHistory EMPTY = new IndicatorHistory(List.of(), List.of());

    /** Builds the history from observations in time order, marking those that differ from an earlier one. */
    static IndicatorHistory of(List<IndicatorEntry> entries, List<IndicatorValue> inTimeOrder) {
        Map<String, java.util.Set<String>> seen = new LinkedHashMap<>();
        List<IndicatorValue> marked = new ArrayList<>();
        for (IndicatorValue v : inTimeOrder) {
            java.util.Set<String> texts = seen.computeIfAbsent(v.field(), f -> new java.util.HashSet<>());
            marked.add(v.markRevised(!texts.isEmpty() && (texts.size() > 1 || !texts.contains(v.publishedText()))));
            texts.add(v.publishedText());
        }
        return new IndicatorHistory(entries, marked);
    }

    public List<IndicatorValue> current() {
        Map<String, IndicatorValue> latest = new LinkedHashMap<>();
        observations.forEach(v -> latest.put(v.field(), v));
        List<IndicatorValue> values = new ArrayList<>(latest.values());
        values.sort(java.util.Comparator.comparingInt(v -> FIELD_ORDER.indexOf(v.field())));
        return values;
    }

    public IndicatorValue current(String field) {
        return current().stream().filter(v -> v.field().equals(field)).findFirst().orElse(null);
    }

    public List<IndicatorValue> revisions(String field) {
        return revisions(field, false);
    }

    /** The observations (of one field, or all); revisedOnly keeps those of fields that some observation revised. */
    public List<IndicatorValue> revisions(String field, boolean revisedOnly) {
        Set<String> revisedFields = new HashSet<>();
        if (revisedOnly) {
            observations.stream().filter(IndicatorValue::revised).forEach(v -> revisedFields.add(v.field()));
        }
        return observations.stream().filter(v -> field == null || v.field().equals(field))
                .filter(v -> !revisedOnly || revisedFields.contains(v.field())).toList();
    }
}
