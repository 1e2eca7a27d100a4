package uk.councilperformance.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
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

    /** A council's year of milestones and indicators with their histories: what comparing its quarters reads. */
    private record Year(List<Milestone> milestones, Map<Long, MilestoneHistory> milestoneHistories,
                        List<Indicator> indicators, Map<Long, IndicatorHistory> indicatorHistories) {
    }

    @QueryMapping
    public QuarterChanges changes(@Argument QuarterInput from, @Argument QuarterInput to, @Argument String council,
                                  GraphQLContext context) {
        QuarterPeriod a = new QuarterPeriod(Arguments.year("from.year", from.year()), from.quarter(), council);
        QuarterPeriod b = new QuarterPeriod(Arguments.year("to.year", to.year()), to.quarter(), council);
        List<Year> years = years(new java.util.TreeSet<>(List.of(a.year(), b.year())), council, context);
        return new QuarterChanges(a, b, ratingChanges(a, b, years), valueChanges(a, b, years));
    }

    /**
     * The years, each read once per request: a request that compares every pair of quarters (the publisher's feed
     * does, with aliases) reads each year once, not once per pair. Years not yet read are read together, so one
     * comparison costs the same statements as it always did.
     */
    private List<Year> years(java.util.SortedSet<Integer> wanted, String council, GraphQLContext context) {
        Map<String, Year> read = context.computeIfAbsent(ChangesController.class, k -> new java.util.concurrent.ConcurrentHashMap<>());
        List<Integer> missing = wanted.stream().filter(y -> !read.containsKey(y + ":" + council)).toList();
        if (!missing.isEmpty()) {
            List<Milestone> milestones = projects.milestonesInYears(missing, council);
            Map<Long, MilestoneHistory> milestoneRows = milestoneHistories.of(milestones.stream().map(Milestone::rowId).toList());
            List<Indicator> found = indicators.inYears(missing, council);
            Map<Long, IndicatorHistory> indicatorRows = indicatorHistories.of(found.stream().map(Indicator::rowId).toList());
            for (int year : missing) {
                List<Milestone> ms = milestones.stream().filter(m -> m.year() == year).toList();
                List<Indicator> is = found.stream().filter(i -> i.year() == year).toList();
                Map<Long, MilestoneHistory> mh = new java.util.HashMap<>();
                ms.forEach(m -> mh.put(m.rowId(), milestoneRows.get(m.rowId())));
                Map<Long, IndicatorHistory> ih = new java.util.HashMap<>();
                is.forEach(i -> ih.put(i.rowId(), indicatorRows.get(i.rowId())));
                read.put(year + ":" + council, new Year(ms, mh, is, ih));
            }
        }
        return wanted.stream().map(y -> read.get(y + ":" + council)).toList();
    }

    private List<QuarterChanges.RatingChange> ratingChanges(QuarterPeriod a, QuarterPeriod b, List<Year> years) {
        // Years in order, as one query over both gave them (its order starts with the financial year).
        List<Milestone> found = years.stream().flatMap(y -> y.milestones().stream()).toList();
        Map<Long, MilestoneHistory> histories = new java.util.HashMap<>();
        years.forEach(y -> histories.putAll(y.milestoneHistories()));
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

    private List<QuarterChanges.ValueChange> valueChanges(QuarterPeriod a, QuarterPeriod b, List<Year> years) {
        List<Indicator> found = years.stream().flatMap(y -> y.indicators().stream()).toList();
        Map<Long, IndicatorHistory> histories = new java.util.HashMap<>();
        years.forEach(y -> histories.putAll(y.indicatorHistories()));
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
