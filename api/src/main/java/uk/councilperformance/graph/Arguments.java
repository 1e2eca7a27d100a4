package uk.councilperformance.graph;

import uk.councilperformance.periods.FinancialYear;

/** Reads the argument forms every list shares, with a clear error for a bad value. */
public final class Arguments {

    private Arguments() {
    }

    /** "2019/20" (also "2019-20", "2019-2020") to 2019; null stays null. */
    public static Integer year(String argument, String text) {
        if (text == null) {
            return null;
        }
        return FinancialYear.parse(text).map(FinancialYear::startYear).orElseThrow(() -> new BadArgument(argument,
                "\"" + NodeId.abbreviate(text) + "\" is not a financial year; write it as the council does, e.g. \"2019/20\""));
    }

    /** Words to search for; limited so that a search stays cheap. */
    public static String text(String argument, String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty() || t.length() > 200) {
            throw new BadArgument(argument, "search text must be 1 to 200 characters");
        }
        return "%" + t.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
