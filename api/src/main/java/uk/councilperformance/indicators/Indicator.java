package uk.councilperformance.indicators;

import uk.councilperformance.graph.NodeId;
import uk.councilperformance.periods.FinancialYear;

/** A performance indicator in one plan-year. frequency is as the latest report that printed one has it. */
public record Indicator(long rowId, long themeRowId, long planRowId, long seriesRowId, String seriesRule,
                        String councilSlug, int year, String planKey, String themeKey, String key, String name,
                        String breakdown, String unit, String polarity, String frequency) {

    public String id() {
        return NodeId.of("Indicator", councilSlug, year, planKey, themeKey, key);
    }

    public String financialYear() {
        return new FinancialYear(year).toString();
    }
}
