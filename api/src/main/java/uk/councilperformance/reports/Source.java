package uk.councilperformance.reports;

import java.util.Objects;

import uk.councilperformance.corrections.Correction;

/**
 * Where a figure, rating or comment came from: a report's table and line, or an officer's correction of it. The
 * report itself was read with the rows the source came in ({@link ReportsRead}), so naming it costs nothing per
 * figure. Two sources are equal when they name the same report, table, line and correction.
 */
public final class Source {

    private final long reportRowId;
    private final String table;
    private final Integer line;
    private final Correction correction;
    private final ReportsRead reports;

    Source(long reportRowId, String table, Integer line, Correction correction, ReportsRead reports) {
        this.reportRowId = reportRowId;
        this.table = table;
        this.line = line;
        this.correction = correction;
        this.reports = reports;
    }

    public long reportRowId() {
        return reportRowId;
    }

    public String table() {
        return table;
    }

    public Integer line() {
        return line;
    }

    public Correction correction() {
        return correction;
    }

    /** The report it was published in (for a correction, the report whose figure it corrects). */
    public Report report() {
        return reports.get(reportRowId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Source s && s.reportRowId == reportRowId && Objects.equals(s.table, table)
                && Objects.equals(s.line, line) && Objects.equals(s.correction, correction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reportRowId, table, line, correction);
    }

    @Override
    public String toString() {
        return "Source[report=" + reportRowId + ", table=" + table + ", line=" + line + ", correction=" + correction + "]";
    }
}
