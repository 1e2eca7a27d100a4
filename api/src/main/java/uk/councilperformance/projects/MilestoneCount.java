package uk.councilperformance.projects;

import uk.councilperformance.periods.FinancialYear;
import uk.councilperformance.ratings.CommonStatus;

/** How many milestone ratings fell in one group; the dimensions not grouped by are null. */
public record MilestoneCount(Long planRowId, Long themeRowId, Integer year, String quarter, CommonStatus status, int count) {

    public String financialYear() {
        return year == null ? null : new FinancialYear(year).toString();
    }
}
