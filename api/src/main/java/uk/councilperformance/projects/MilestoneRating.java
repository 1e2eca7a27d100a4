package uk.councilperformance.projects;

import uk.councilperformance.periods.FinancialYear;
import uk.councilperformance.ratings.CommonStatus;
import uk.councilperformance.reports.Source;

/** One rating of a milestone for one quarter, as a report published it (or an officer corrected it). */
public record MilestoneRating(long milestoneRowId, int year, String quarter, String publishedSymbol, String schemeLabel,
                              CommonStatus status, Source source, String at) {

    public String financialYear() {
        return new FinancialYear(year).toString();
    }

    public String statusLabel() {
        return status.label();
    }
}
