package uk.councilperformance.ratings;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one scale every year's rating scheme maps to, so that ratings can be compared across years.
 * UNKNOWN (a rating was published but its symbol is lost) is deliberately not NOT_RATED.
 */
public enum CommonStatus {
    COMPLETED("completed", "Completed"),
    ON_TRACK("on-track", "On track"),
    SLIGHTLY_BEHIND("slightly-behind", "Slightly behind"),
    SERIOUSLY_BEHIND("seriously-behind", "Seriously behind"),
    CLOSED("closed", "Closed"),
    NOT_RATED("not-rated", "Not rated"),
    UNKNOWN("unknown", "Unknown");

    private final String key;
    private final String label;

    CommonStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The form used in files and URLs, e.g. "seriously-behind". */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<CommonStatus> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key) || s.name().equals(key)).findFirst();
    }
}
