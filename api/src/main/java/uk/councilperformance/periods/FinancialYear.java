package uk.councilperformance.periods;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A financial year, April to March, named by the calendar year it starts in.
 * "2019/20", "2019-20" and "2019-2020" are all the same year.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{4})\\s*[/\\-–]\\s*(\\d{2}|\\d{4})\\s*");

    public FinancialYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("not a plausible financial year: " + startYear);
        }
    }

    public static Optional<FinancialYear> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        String end = m.group(2);
        int endYear = end.length() == 2 ? (start / 100) * 100 + Integer.parseInt(end) : Integer.parseInt(end);
        if (end.length() == 2 && endYear < start) {
            endYear += 100;
        }
        return endYear == start + 1 && start >= 1900 && start <= 2999 ? Optional.of(new FinancialYear(start)) : Optional.empty();
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    /** The council's usual form, e.g. "2019/20". */
    @Override
    public String toString() {
        return String.format("%d/%02d", startYear, (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
