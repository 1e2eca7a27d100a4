package uk.councilperformance.corrections;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.councilperformance.corrections.CorrectedThings.ReportRef;
import uk.councilperformance.corrections.CorrectionInputs.IndicatorValueCorrection;
import uk.councilperformance.corrections.CorrectionInputs.MilestoneCommentCorrection;
import uk.councilperformance.corrections.CorrectionInputs.MilestoneRatingCorrection;
import uk.councilperformance.corrections.CorrectionInputs.SeriesLink;
import uk.councilperformance.database.DataVersion;
import uk.councilperformance.graph.BadArgument;
import uk.councilperformance.indicators.Indicator;
import uk.councilperformance.indicators.PublishedNumbers;
import uk.councilperformance.periods.FinancialYear;
import uk.councilperformance.projects.Milestone;
import uk.councilperformance.ratings.CommonStatus;

/**
 * Records officers' corrections. Each adds one correction row (who, when, why) in one transaction; published
 * rows are never updated, so the figure as printed stays in the record and the correction is read as its
 * later observation.
 */
@Service
public class Corrections {

    /** A correction just recorded, and the row it is about (the indicator, milestone, or the series joined). */
    public record Recorded(long correction, long about) {
    }

    static final int MAX_REASON = 2_000;
    static final int MAX_TEXT = 20_000;
    private static final Set<String> FIELDS = Set.of("Q1", "Q2", "Q3", "Q4", "TOTAL", "TARGET", "LAST_YEAR_OUTTURN");
    private static final int SERIES_RULE_WIDTH = 300;

    private final JdbcClient db;
    private final CorrectedThings things;
    private final DataVersion version;

    public Corrections(JdbcClient db, CorrectedThings things, DataVersion version) {
        this.db = db;
        this.things = things;
        this.version = version;
    }

    @Transactional
    public Recorded indicatorValue(long officerId, IndicatorValueCorrection input) {
        String reason = reason(input.reason());
        String text = text("input.publishedText", input.publishedText());
        if (!FIELDS.contains(input.field())) {
            throw new BadArgument("input.field", "\"" + input.field() + "\" is not a figure of an indicator");
        }
        Indicator indicator = things.indicator("input.indicator", input.indicator());
        ReportRef report = things.reportOfIndicator("input.report", input.report(), indicator);
        // Parsed exactly as the importer parses a published figure, so a corrected figure reads like any other.
        PublishedNumbers numbers = PublishedNumbers.parse(text);
        return new Recorded(insert(indicator.councilSlug(), """
                INSERT INTO correction (officer_id, made_at, reason, kind, report_id, indicator_id, field, published_text,
                                        count_value, money_value, percent_value)
                VALUES (?, ?, ?, 'indicator-value', ?, ?, ?, ?, ?, ?, ?)""", officerId, MadeAt.now(), reason,
                report.rowId(), indicator.rowId(), input.field(), text, numbers.count().orElse(null),
                numbers.money().orElse(null), numbers.percent().orElse(null)), indicator.rowId());
    }

    @Transactional
    public Recorded milestoneRating(long officerId, MilestoneRatingCorrection input) {
        String reason = reason(input.reason());
        int quarter = quarter(input.quarter());
        CommonStatus status = CommonStatus.fromKey(input.status()).filter(s -> s != CommonStatus.UNKNOWN)
                .orElseThrow(() -> new BadArgument("input.status", "a correction must give a known status"));
        Milestone milestone = things.milestone("input.milestone", input.milestone());
        ReportRef report = things.reportOfMilestone("input.report", input.report(), milestone);
        if (quarter > report.quarter()) {
            throw new BadArgument("input.quarter", "the report \"" + report.slug() + "\" covers " + new FinancialYear(
                    milestone.year()) + " only up to Q" + report.quarter() + ", so it gave no rating for Q" + quarter);
        }
        // The officer gives a status on the common scale, so that is what the correction "prints".
        return new Recorded(insert(milestone.councilSlug(), """
                INSERT INTO correction (officer_id, made_at, reason, kind, report_id, milestone_id, quarter, published_text,
                                        common_status)
                VALUES (?, ?, ?, 'milestone-rating', ?, ?, ?, ?, ?)""", officerId, MadeAt.now(), reason, report.rowId(),
                milestone.rowId(), quarter, status.label(), status.key()), milestone.rowId());
    }

    @Transactional
    public Recorded milestoneComment(long officerId, MilestoneCommentCorrection input) {
        String reason = reason(input.reason());
        String comment = text("input.comment", input.comment());
        Milestone milestone = things.milestone("input.milestone", input.milestone());
        ReportRef report = things.reportOfMilestone("input.report", input.report(), milestone);
        return new Recorded(insert(milestone.councilSlug(), """
                INSERT INTO correction (officer_id, made_at, reason, kind, report_id, milestone_id, published_text)
                VALUES (?, ?, ?, 'milestone-comment', ?, ?, ?)""", officerId, MadeAt.now(), reason, report.rowId(),
                milestone.rowId(), comment), milestone.rowId());
    }

    /**
     * Moves an indicator into another indicator's series. The series an indicator belongs to is derived (by the
     * importer's series rule), not published, so this one updates the indicator; the correction row keeps the
     * series it left, and the rule says an officer linked it.
     */
    @Transactional
    public Recorded linkSeries(long officerId, SeriesLink input) {
        String reason = reason(input.reason());
        Indicator indicator = things.indicator("input.indicator", input.indicator());
        Indicator sameAs = things.indicator("input.sameAs", input.sameAs());
        if (!indicator.councilSlug().equals(sameAs.councilSlug())) {
            throw new BadArgument("input.sameAs", "a series holds one council's indicators; this is another council's");
        }
        if (indicator.seriesRowId() == sameAs.seriesRowId()) {
            throw new BadArgument("input.sameAs", "the two indicators are already in the same series");
        }
        db.sql("SELECT i.name FROM indicator i JOIN theme t ON t.id = i.theme_id JOIN plan p ON p.id = t.plan_id"
                        + " WHERE i.series_id = ? AND p.financial_year = ? LIMIT 1")
                .params(sameAs.seriesRowId(), indicator.year()).query(String.class).optional().ifPresent(name -> {
                    throw new BadArgument("input.sameAs", "that series already has an indicator for "
                            + indicator.financialYear() + " (\"" + name + "\"); a series holds one indicator a year");
                });
        String rule = "officer link: " + reason.strip();
        if (rule.length() > SERIES_RULE_WIDTH) {
            // The rule column is short; the reason is kept whole in the correction row.
            rule = rule.substring(0, SERIES_RULE_WIDTH - 1) + "…";
        }
        db.sql("UPDATE indicator SET series_id = ?, series_rule = ? WHERE id = ?")
                .params(sameAs.seriesRowId(), rule, indicator.rowId()).update();
        return new Recorded(insert(indicator.councilSlug(), """
                INSERT INTO correction (officer_id, made_at, reason, kind, indicator_id, series_id, previous_series_id)
                VALUES (?, ?, ?, 'series-link', ?, ?, ?)""", officerId, MadeAt.now(), reason, indicator.rowId(),
                sameAs.seriesRowId(), indicator.seriesRowId()), sameAs.seriesRowId());
    }

    /** Every correction ends by adding its row: that council's data has changed, in this transaction. */
    private long insert(String council, String sql, Object... params) {
        long id = db.sql(sql + " RETURNING id").params(params).query(Long.class).single();
        version.changed(Set.of(council));
        return id;
    }

    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BadArgument("input.reason", "a correction needs a reason");
        }
        if (reason.length() > MAX_REASON) {
            throw new BadArgument("input.reason", "is " + reason.length() + " characters; at most " + MAX_REASON);
        }
        return reason;
    }

    /** Text is kept exactly as the officer wrote it, like published text. */
    static String text(String argument, String text) {
        if (text == null || text.isBlank()) {
            throw new BadArgument(argument, "must not be blank");
        }
        if (text.length() > MAX_TEXT) {
            throw new BadArgument(argument, "is " + text.length() + " characters; at most " + MAX_TEXT);
        }
        return text;
    }

    private static int quarter(String quarter) {
        if (quarter == null || !quarter.matches("Q[1-4]")) {
            throw new BadArgument("input.quarter", "is not a quarter (Q1 to Q4)");
        }
        return quarter.charAt(1) - '0';
    }
}
