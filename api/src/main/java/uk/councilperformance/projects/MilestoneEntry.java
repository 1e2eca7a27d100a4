package uk.councilperformance.projects;

import java.util.List;

import uk.councilperformance.reports.Report;
import uk.councilperformance.reports.Source;

/** A milestone's row as one report printed it (or with its commentary corrected by an officer). */
public record MilestoneEntry(long milestoneRowId, long reportRowId, int reportQuarter, String comment,
                             String commentHeading, String due, Integer dueQuarterNumber, List<QuarterCell> cells,
                             String note, Source source, String at) {

    /** The report that printed this row (for a corrected comment, the report whose comment it corrects). */
    public Report report() {
        return source.report();
    }

    MilestoneEntry withCorrectedComment(String corrected, Source correction, String madeAt) {
        return new MilestoneEntry(milestoneRowId, reportRowId, reportQuarter, corrected, commentHeading, due,
                dueQuarterNumber, cells, note, correction, madeAt);
    }
}
