package uk.councilperformance.plans;

import uk.councilperformance.graph.NodeId;
import uk.councilperformance.periods.FinancialYear;

/** A Priority Delivery Plan for one financial year. */
public record Plan(long rowId, long councilRowId, String councilSlug, int year, String key, String title,
                   Long ratingSchemeRowId) {

    public String id() {
        return NodeId.of("Plan", councilSlug, year, key);
    }

    public String financialYear() {
        return new FinancialYear(year).toString();
    }
}
