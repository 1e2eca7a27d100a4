package uk.councilperformance.importing;

import java.util.Locale;
import java.util.Optional;

/**
 * Which common-scale status a summary table's column counts, from the column's printed description
 * (the symbols above them are often lost). docs/canonical-format.md, "Summary tables".
 */
public final class StatusColumns {

    private StatusColumns() {
    }

    public static Optional<String> actionStatus(String heading) {
        String h = heading.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (h.contains("cannot be completed") || h.contains("to be closed") || h.contains("aborted") || h.contains("closed")) {
            return Optional.of("closed");
        }
        if (h.contains("no rating") || h.contains("not due") || h.contains("not rated")) {
            return Optional.of("not-rated");
        }
        if (h.contains("slightly behind")) {
            return Optional.of("slightly-behind");
        }
        if (h.contains("requires attention") || h.contains("3 months") || h.contains("behind schedule")) {
            return Optional.of("seriously-behind");
        }
        if (h.contains("on target") || h.contains("on track")) {
            return Optional.of("on-track");
        }
        if (h.contains("completed")) {
            return Optional.of("completed");
        }
        return Optional.empty();
    }

    public static Optional<String> indicatorStatus(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.contains("improved")) {
            return Optional.of("improved");
        }
        if (h.contains("deteriorated")) {
            return Optional.of("deteriorated");
        }
        if (h.contains("same")) {
            return Optional.of("same");
        }
        if (h.contains("not available")) {
            return Optional.of("not-available");
        }
        return Optional.empty();
    }

    public static boolean isTotal(String heading) {
        return heading.toLowerCase(Locale.ROOT).startsWith("total");
    }
}
