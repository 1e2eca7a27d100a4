package uk.councilperformance.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.councilperformance.graph.Arguments;
import uk.councilperformance.indicators.Indicator;
import uk.councilperformance.indicators.IndicatorHistories;
import uk.councilperformance.indicators.IndicatorHistory;
import uk.councilperformance.indicators.IndicatorValue;
import uk.councilperformance.indicators.Indicators;
import uk.councilperformance.periods.QuarterPeriod;
import uk.councilperformance.projects.Milestone;
import uk.councilperformance.projects.MilestoneHistories;
import uk.councilperformance.projects.MilestoneHistory;
import uk.councilperformance.projects.MilestoneRating;
import uk.councilperformance.projects.Projects;

/**
 * Compares two quarters. Within a year a milestone is compared with itself; across years it is paired with its
 * own series (the same milestone in the other year's plan).
 */
@Controller
public class ChangesController {

    /** A quarter argument. */
    public record QuarterInput(String year, String quarter) {
    }

    private final Projects projects;
    private final MilestoneHistories milestoneHistories;
    private final Indicators indicators;
    private final IndicatorHistories indicatorHistories;

    public ChangesController(Projects projects, MilestoneHistories milestoneHistories, Indicators indicators,
                             IndicatorHistories indicatorHistories) {
        this.projects = projects;
        this.milestoneHistories = milestoneHistories;
        this.indicators = indicators;
        this.indicatorHistories = indicatorHistories;
    }

    @QueryMapping
    public QuarterChanges changes(@Argument QuarterInput from, @Argument QuarterInput to, @Argument String council) {
        QuarterPeriod a = new QuarterPeriod(Arguments.year("from.year", from.year()), from.quarter(), council);
        QuarterPeriod b = new QuarterPeriod(Arguments.year("to.year", to.year()), to.quarter(), council);
        List<Integer> years = a.year() == b.year() ? List.of(a.year()) : List.of(a.year(), b.year());
        return new QuarterChanges(a, b, ratingChanges(a, b, years), valueChanges(a, b, years));
    }

    private List<QuarterChanges.RatingChange> ratingChanges(QuarterPeriod a, QuarterPeriod b, List<Integer> years) {
        List<Milestone> found = projects.milestonesInYears(years, a.councilSlug());
        Map<Long, MilestoneHistory> histories = milestoneHistories.of(found.stream().map(Milestone::rowId).toList());
        Map<Long, List<Milestone>> bySeries = pairs(found, Milestone::seriesRowId, Milestone::year, a.year(), b.year());
        List<QuarterChanges.RatingChange> changes = new ArrayList<>();
        for (List<Milestone> pair : bySeries.values()) {
            MilestoneRating before = pair.get(0) == null ? null : histories.get(pair.get(0).rowId()).rating(a.quarter());
            MilestoneRating after = pair.get(1) == null ? null : histories.get(pair.get(1).rowId()).rating(b.quarter());
            if ((before != null || after != null) && (before == null || after == null || before.status() != after.status())) {
                changes.add(new QuarterChanges.RatingChange(pair.get(1) != null ? pair.get(1) : pair.get(0), before, after));
            }
        }
        return changes;
    }

    private List<QuarterChanges.ValueChange> valueChanges(QuarterPeriod a, QuarterPeriod b, List<Integer> years) {
        List<Indicator> found = indicators.inYears(years, a.councilSlug());
        Map<Long, IndicatorHistory> histories = indicatorHistories.of(found.stream().map(Indicator::rowId).toList());
        Map<Long, List<Indicator>> bySeries = pairs(found, Indicator::seriesRowId, Indicator::year, a.year(), b.year());
        List<QuarterChanges.ValueChange> changes = new ArrayList<>();
        for (List<Indicator> pair : bySeries.values()) {
            IndicatorValue before = pair.get(0) == null ? null : histories.get(pair.get(0).rowId()).current(a.quarter());
            IndicatorValue after = pair.get(1) == null ? null : histories.get(pair.get(1).rowId()).current(b.quarter());
            if (before != null && after != null) {
                changes.add(new QuarterChanges.ValueChange(pair.get(1), before, after));
            }
        }
        return changes;
    }

    /** Series id to [the member in the earlier year, the member in the later year]. */
    private static <T> Map<Long, List<T>> pairs(List<T> items, java.util.function.Function<T, Long> series,
                                            java.util.function.ToIntFunction<T> year, int fromYear, int toYear) {
        Map<Long, List<T>> pairs = new LinkedHashMap<>();
        for (T item : items) {
            List<T> pair = pairs.computeIfAbsent(series.apply(item), k -> java.util.Arrays.asList(null, null));
            if (year.applyAsInt(item) == fromYear && pair.get(0) == null) {
                pair.set(0, item);
            }
            if (year.applyAsInt(item) == toYear && pair.get(1) == null) {
                pair.set(1, item);
            }
        }
        return pairs;
    }
}
