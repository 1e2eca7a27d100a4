package uk.councilperformance.periods;

import java.util.Locale;
import java.util.Optional;

/** A quarter of the council's financial year: Q1 Apr–Jun, Q2 Jul–Sep, Q3 Oct–Dec, Q4 Jan–Mar. */
public enum Quarter {
    Q1, Q2, Q3, Q4;

    public int number() {
        return ordinal() + 1;
    }

    public static Quarter of(int number) {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + number);
        }
        return values()[number - 1];
    }

    /** Reads "Q1", "q1", "Quarter 1" or "1". */
    public static Optional<Quarter> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace("QUARTER", "Q").replace(" ", "");
        if (t.startsWith("Q")) {
            t = t.substring(1);
        }
        return switch (t) {
            case "1" -> Optional.of(Q1);
            case "2" -> Optional.of(Q2);
            case "3" -> Optional.of(Q3);
            case "4" -> Optional.of(Q4);
            default -> Optional.empty();
        };
    }
}
