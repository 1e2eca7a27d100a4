package uk.councilperformance.publishing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import uk.councilperformance.ratings.CommonStatus;

/** Plain English for what the data says in codes: dates, statuses, figure names. */
final class Words {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** GOV.UK tag colours by status: colour is only a second cue, the words are always shown. */
    private static final Map<String, String> COLOURS = Map.of(
            "COMPLETED", "green", "ON_TRACK", "blue", "SLIGHTLY_BEHIND", "yellow", "SERIOUSLY_BEHIND", "orange",
            "CLOSED", "red", "NOT_RATED", "grey", "UNKNOWN", "purple");

    private static final Map<String, String> FIELDS = Map.of(
            "Q1", "Quarter 1", "Q2", "Quarter 2", "Q3", "Quarter 3", "Q4", "Quarter 4", "TOTAL", "Year total",
            "TARGET", "Target", "LAST_YEAR_OUTTURN", "Last year's outturn");

    private Words() {
    }

    /** Meeting dates are few and every figure names one: each is worded once. */
    private static final Map<String, String> LONG_DATES = new java.util.concurrent.ConcurrentHashMap<>();

    /** "2019-09-19" to "19 September 2019"; anything else unchanged. */
    static String longDate(String iso) {
        if (iso == null) {
            return null;
        }
        String known = LONG_DATES.get(iso);
        if (known != null) {
            return known;
        }
        String worded;
        try {
            worded = LocalDate.parse(iso).format(LONG_DATE);
        } catch (RuntimeException e) {
            worded = iso;
        }
        if (LONG_DATES.size() < 10_000) {
            LONG_DATES.put(iso, worded);
        }
        return worded;
    }

    static String colour(String status) {
        return COLOURS.getOrDefault(status, "grey");
    }

    /** The common scale's own wording, the same the API gives as statusLabel. */
    static String status(String status) {
        return CommonStatus.fromKey(status).map(CommonStatus::label).orElse(status);
    }

    static String field(String field) {
        return FIELDS.getOrDefault(field, field);
    }

    /** The common-scale statuses in the order pages list them: the scale's own order. */
    static final java.util.List<String> STATUS_ORDER = java.util.Arrays.stream(CommonStatus.values()).map(Enum::name).toList();
}
