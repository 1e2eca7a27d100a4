package uk.councilperformance.series;

import uk.councilperformance.indicators.IndicatorValue;

/** One figure of a series, with the name the indicator had that year and how it was linked. */
public record SeriesPoint(String financialYear, String name, String linkRule, IndicatorValue value) {
}
