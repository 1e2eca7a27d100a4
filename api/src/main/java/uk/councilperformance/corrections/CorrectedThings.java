package uk.councilperformance.corrections;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.councilperformance.database.RecordRows;
import uk.councilperformance.graph.BadArgument;
import uk.councilperformance.graph.NodeId;
import uk.councilperformance.indicators.Indicator;
import uk.councilperformance.indicators.Indicators;
import uk.councilperformance.projects.Milestone;
import uk.councilperformance.projects.Projects;

/** Finds what a correction is about from the client's ids and slugs, with a BAD_REQUEST error naming the argument. */
@Component
class CorrectedThings {

    /** A report as a correction uses it: the quarter it reported up to bounds the ratings it could give. */
    record ReportRef(long rowId, String slug, int quarter) {
    }

    private final JdbcClient db;
    private final Indicators indicators;
    private final Projects projects;

    CorrectedThings(JdbcClient db, Indicators indicators, Projects projects) {
        this.db = db;
        this.indicators = indicators;
        this.projects = projects;
    }

    Indicator indicator(String argument, String id) {
        return named(argument, () -> {
            NodeId n = NodeId.parse(id).expect("Indicator", 5);
            return indicators.byKey(n.part(0), n.year(1), n.part(2), n.part(3), n.part(4))
                    .orElseThrow(() -> new BadArgument(argument, "no indicator has the id \"" + n + "\""));
        });
    }

    Milestone milestone(String argument, String id) {
        return named(argument, () -> {
            NodeId n = NodeId.parse(id).expect("Milestone", 6);
            return projects.milestoneByKey(n.part(0), n.year(1), n.part(2), n.part(3), n.part(4), n.part(5))
                    .orElseThrow(() -> new BadArgument(argument, "no milestone has the id \"" + n + "\""));
        });
    }

    /** The report named, which must have printed the indicator; by default the latest that did. */
    ReportRef reportOfIndicator(String argument, String slug, Indicator indicator) {
        return report(argument, slug, "indicator_entry", "indicator_id", indicator.rowId(), "indicator");
    }

    /** The report named, which must have printed the milestone; by default the latest that did. */
    ReportRef reportOfMilestone(String argument, String slug, Milestone milestone) {
        return report(argument, slug, "milestone_entry", "milestone_id", milestone.rowId(), "milestone");
    }

    private ReportRef report(String argument, String slug, String entryTable, String column, long rowId, String what) {
        String printedBy = "SELECT r.id AS row_id, r.slug, r.quarter FROM " + entryTable + " e JOIN report r ON r.id = e.report_id"
                + " WHERE e." + column + " = :row";
        if (slug == null) {
            return db.sql(printedBy + " ORDER BY r.meeting_date DESC, r.id DESC LIMIT 1").param("row", rowId)
                    .query(RecordRows.of(ReportRef.class)).optional()
                    .orElseThrow(() -> new BadArgument(argument, "no report printed this " + what + "; name one"));
        }
        if (slug.length() > 200) {
            throw new BadArgument(argument, "a report's slug has at most 200 characters");
        }
        if (db.sql("SELECT COUNT(*) FROM report WHERE slug = ?").param(slug).query(Integer.class).single() == 0) {
            throw new BadArgument(argument, "no report has the slug \"" + slug + "\"");
        }
        return db.sql(printedBy + " AND r.slug = :slug").param("row", rowId).param("slug", slug).query(RecordRows.of(ReportRef.class))
                .optional().orElseThrow(() -> new BadArgument(argument, "the report \"" + slug + "\" did not print this "
                        + what + "; a correction corrects what a report printed"));
    }

    /** NodeId names the argument "id"; here the client should read which input field was wrong. */
    private static <T> T named(String argument, java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (BadArgument e) {
            throw e.argument().equals(argument) ? e
                    : new BadArgument(argument, e.getMessage().substring(e.argument().length() + 2));
        }
    }
}
