package uk.councilperformance.projects;

import uk.councilperformance.graph.NodeId;
import uk.councilperformance.periods.FinancialYear;

/** A milestone of a key project (2017/18: the action itself) in one plan-year. */
public record Milestone(long rowId, long projectRowId, long themeRowId, long planRowId, long seriesRowId, String councilSlug, int year,
                        String planKey, String themeKey, String projectKey, String key, String name) {

    public String id() {
        return NodeId.of("Milestone", councilSlug, year, planKey, themeKey, projectKey, key);
    }

    public String financialYear() {
        return new FinancialYear(year).toString();
    }
}
