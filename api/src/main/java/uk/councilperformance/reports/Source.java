package uk.councilperformance.reports;

import uk.councilperformance.corrections.Correction;

/** Where a figure, rating or comment came from: a report's table and line, or an officer's correction of it. */
public record Source(long reportRowId, String table, Integer line, Correction correction) {
}
