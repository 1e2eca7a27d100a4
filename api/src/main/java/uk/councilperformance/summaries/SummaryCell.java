package uk.councilperformance.summaries;

import java.math.BigDecimal;

/** One cell of a summary table: the count as published beside the count computed from the report's own ratings. */
public record SummaryCell(long tableRowId, int rowPosition, String rowLabel, Long rowPlanRowId, boolean rowIsTotal,
                          String status, String publishedText, Integer publishedCount, BigDecimal publishedPercent,
                          Integer computedCount) {

    public boolean discrepancy() {
        return computedCount != null && !computedCount.equals(publishedCount);
    }
}
