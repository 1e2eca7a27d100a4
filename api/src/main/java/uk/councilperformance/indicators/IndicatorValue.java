package uk.councilperformance.indicators;

import java.math.BigDecimal;

import uk.councilperformance.reports.Source;

/**
 * One observation of a published figure: the text exactly as printed plus the numbers parsed from it where
 * unambiguous. at orders observations in time (the meeting date, or when a correction was made).
 */
public record IndicatorValue(long indicatorRowId, String field, String publishedText, BigDecimal count, BigDecimal money,
                             BigDecimal percent, String unit, boolean revised, Source source, String at) {

    /** The quarter for Q1..Q4 values. */
    public String quarter() {
        return field.matches("Q[1-4]") ? field : null;
    }

    IndicatorValue markRevised(boolean isRevised) {
        return new IndicatorValue(indicatorRowId, field, publishedText, count, money, percent, unit, isRevised, source, at);
    }
}
