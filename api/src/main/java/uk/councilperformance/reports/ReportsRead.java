package uk.councilperformance.reports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import uk.councilperformance.corrections.Correction;

/**
 * The reports that a batch of rows names as sources, read in one statement once the rows are in. A loader makes
 * its sources here while it reads rows, then calls {@link #read}: every figure's source then names its report
 * without a load of its own, and the batch costs one statement more whatever its size.
 */
public final class ReportsRead {

    private final Set<Long> ids = new HashSet<>();
    private Map<Long, Report> byId;

    /** A source naming a report of this batch. */
    public Source source(long reportRowId, String table, Integer line, Correction correction) {
        if (byId != null) {
            throw new IllegalStateException("the batch's reports are already read");
        }
        ids.add(reportRowId);
        return new Source(reportRowId, table, line, correction, this);
    }

    /** Reads every report the batch's sources name (no statement when there are none). */
    public ReportsRead read(ReportRepository reports) {
        byId = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Report report : reports.findAllById(ids)) {
                byId.put(report.id(), report);
            }
        }
        return this;
    }

    Report get(long reportRowId) {
        if (byId == null) {
            throw new IllegalStateException("a source's report was asked for before its batch read the reports");
        }
        Report report = byId.get(reportRowId);
        if (report == null) {
            throw new IllegalStateException("report " + reportRowId + " is named by a source but not stored");
        }
        return report;
    }
}
