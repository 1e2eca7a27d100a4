package uk.councilperformance.reports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import uk.councilperformance.corrections.Correction;

/**
 * The reports that a batch of rows names as sources. A loader makes its sources here while it reads rows; the
 * first time any of them is asked for its report, every report the batch names is read in one statement. So a
 * figure's source names its report without a load of its own, and a query that never asks costs nothing more.
 */
public final class ReportsRead {

    private final ReportRepository reports;
    private final Set<Long> ids = new HashSet<>();
    private Map<Long, Report> byId;

    public ReportsRead(ReportRepository reports) {
        this.reports = reports;
    }

    /** A source naming a report of this batch. */
    public synchronized Source source(long reportRowId, String table, Integer line, Correction correction) {
        if (byId != null) {
            throw new IllegalStateException("the batch's reports are already read");
        }
        ids.add(reportRowId);
        return new Source(reportRowId, table, line, correction, this);
    }

    synchronized Report get(long reportRowId) {
        if (byId == null) {
            byId = new HashMap<>();
            for (Report report : reports.findAllById(ids)) {
                byId.put(report.id(), report);
            }
        }
        Report report = byId.get(reportRowId);
        if (report == null) {
            throw new IllegalStateException("report " + reportRowId + " is named by a source but not stored");
        }
        return report;
    }
}
