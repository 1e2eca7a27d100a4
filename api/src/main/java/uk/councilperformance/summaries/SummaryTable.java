package uk.councilperformance.summaries;

import uk.councilperformance.graph.NodeId;
import uk.councilperformance.periods.FinancialYear;

/** A summary table as a report published it. */
public record SummaryTable(long rowId, long reportRowId, String reportSlug, Long planRowId, String title, String table,
                           String kind, String period, int quarterNumber, int year, String note, Integer line,
                           int position) {

    public String id() {
        return NodeId.of("SummaryTable", reportSlug, position);
    }

    public String quarter() {
        return "Q" + quarterNumber;
    }

    public String financialYear() {
        return new FinancialYear(year).toString();
    }
}
