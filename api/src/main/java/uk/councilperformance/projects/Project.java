package uk.councilperformance.projects;

import uk.councilperformance.graph.NodeId;
import uk.councilperformance.periods.FinancialYear;

/** A key project (2017/18: an action) in one plan-year. */
public record Project(long rowId, long themeRowId, long planRowId, long seriesRowId, String councilSlug, int year,
                      String planKey, String themeKey, String key, String approach, String name, String outcomes,
                      String note) {

    public String id() {
        return NodeId.of("Project", councilSlug, year, planKey, themeKey, key);
    }

    public String financialYear() {
        return new FinancialYear(year).toString();
    }
}
