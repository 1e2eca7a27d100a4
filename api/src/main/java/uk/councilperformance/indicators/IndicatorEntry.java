package uk.councilperformance.indicators;

import java.util.List;

import uk.councilperformance.reports.Report;
import uk.councilperformance.reports.Source;

/** An indicator's row as one report printed it. */
public record IndicatorEntry(long indicatorRowId, long reportRowId, String frequency, String totalType, String direction,
                             String comparison, String assessment, String note, List<IndicatorValue> values,
                             Source source) {

    public long reportRowId() {
        return reportRowId;
    }

    /** The report that printed this row: its source's, read with the history the row came in. */
    public Report report() {
        return source.report();
    }
}
