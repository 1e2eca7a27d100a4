package uk.councilperformance.changes;

import java.util.List;

import uk.councilperformance.indicators.Indicator;
import uk.councilperformance.indicators.IndicatorValue;
import uk.councilperformance.periods.QuarterPeriod;
import uk.councilperformance.projects.Milestone;
import uk.councilperformance.projects.MilestoneRating;

/**
 * What changed between two quarters. The value changes themselves are made only if asked for
 * (ChangesController.valueChanges): their count needs only which fields each indicator has figures for.
 *
 * @param ratingChanges    milestones whose rating differs, or appears, between the two quarters
 * @param valueChangeCount how many indicators have a figure for the earlier quarter in its year and for the later
 *                         quarter in its own (the same indicator, or its series in the other year): the length the
 *                         valueChanges list would have
 */
public record QuarterChanges(QuarterPeriod from, QuarterPeriod to, List<RatingChange> ratingChanges,
                             int valueChangeCount) {

    /** ratingChanges' length: a summary (the site's feed, for one) need not have the list sent. */
    public int ratingChangeCount() {
        return ratingChanges.size();
    }

    /** A milestone's rating in two quarters (either may be null: not rated). */
    public record RatingChange(Milestone milestone, MilestoneRating from, MilestoneRating to) {
    }

    /** An indicator's value in two quarters. */
    public record ValueChange(Indicator indicator, IndicatorValue from, IndicatorValue to) {
    }
}
