package uk.councilperformance.periods;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import uk.councilperformance.graph.NodeId;

/** One quarter of a financial year, optionally for one council only. */
public record QuarterPeriod(int year, String quarter, String councilSlug) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

    public String id() {
        return councilSlug == null ? NodeId.of("QuarterPeriod", year, quarter) : NodeId.of("QuarterPeriod", councilSlug, year, quarter);
    }

    public String financialYear() {
        return new FinancialYear(year).toString();
    }

    public int number() {
        return Quarter.valueOf(quarter).number();
    }

    public LocalDate start() {
        return LocalDate.of(year, 4, 1).plusMonths(3L * (number() - 1));
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    public String startDate() {
        return start().toString();
    }

    public String endDate() {
        return end().toString();
    }

    /** "Q2 2019/20 (July to September 2019)". */
    public String label() {
        return quarter + " " + financialYear() + " (" + start().format(MONTH) + " to " + end().format(MONTH) + " "
                + end().getYear() + ")";
    }
}
