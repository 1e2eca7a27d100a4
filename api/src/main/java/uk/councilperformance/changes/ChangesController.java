package uk.councilperformance.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.councilperformance.graph.Arguments;
import uk.councilperformance.indicators.Indicator;
import uk.councilperformance.indicators.IndicatorHistories;
import uk.councilperformance.indicators.IndicatorHistory;
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

    /** Where a request keeps the indicator histories it has read, by year and council. */
    private static final String HISTORIES_READ = ChangesController.class.getName() + ".indicatorHistories";

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

    /**
     * A council's year of milestones with their histories, and of indicators with the fields they have figures for:
     * what comparing its quarters reads. The indicators' histories are read only for the value changes themselves.
     */
    private record Year(List<Milestone> milestones, Map<Long, MilestoneHistory> milestoneHistories,
                        List<Indicator> indicators, Map<Long, Set<String>> observedFields) {
    }

    @QueryMapping
    public QuarterChanges changes(@Argument QuarterInput from, @Argument QuarterInput to, @Argument String council,
                                  GraphQLContext context) {
        QuarterPeriod a = new QuarterPeriod(Arguments.year("from.year", from.year()), from.quarter(), council);
        QuarterPeriod b = new QuarterPeriod(Arguments.year("to.year", to.year()), to.quarter(), council);
        List<Year> years = years(yearsOf(a, b), council, context);
        return new QuarterChanges(a, b, ratingChanges(a, b, years), valuePairs(a, b, years).size());
    }

    /**
     * The value changes, made only if asked for: a summary (the site's feed) asks for their count alone, and making
     * every indicator's history to count them was a fifth of the API's work in a national publish. The histories
     * are read here, each year's once per request, like the years themselves.
     */
    @SchemaMapping(typeName = "QuarterChanges")
    public List<QuarterChanges.ValueChange> valueChanges(QuarterChanges changes, GraphQLContext context) {
        QuarterPeriod a = changes.from();
        QuarterPeriod b = changes.to();
        List<Year> years = years(yearsOf(a, b), a.councilSlug(), context);
        Map<Long, IndicatorHistory> histories = indicatorHistories(yearsOf(a, b), a.councilSlug(), years, context);
        // Each pair has a figure for both quarters, so each history has a current value for its quarter.
        return valuePairs(a, b, years).stream().map(pair -> new QuarterChanges.ValueChange(pair.get(1),
                histories.get(pair.get(0).rowId()).current(a.quarter()),
                histories.get(pair.get(1).rowId()).current(b.quarter()))).toList();
    }

    private static SortedSet<Integer> yearsOf(QuarterPeriod a, QuarterPeriod b) {
        return new TreeSet<>(List.of(a.year(), b.year()));
    }

    /**
     * The years, each read once per request: a request that compares every pair of quarters (the publisher's feed
     * does, with aliases) reads each year once, not once per pair. Years not yet read are read together, so one
     * comparison costs the same statements as it always did.
     */
    private List<Year> years(SortedSet<Integer> wanted, String council, GraphQLContext context) {
        Map<String, Year> read = context.computeIfAbsent(ChangesController.class, k -> new ConcurrentHashMap<>());
        List<Integer> missing = wanted.stream().filter(y -> !read.containsKey(y + ":" + council)).toList();
        if (!missing.isEmpty()) {
            List<Milestone> milestones = projects.milestonesInYears(missing, council);
            Map<Long, MilestoneHistory> milestoneRows = milestoneHistories.of(milestones.stream().map(Milestone::rowId).toList());
            List<Indicator> found = indicators.inYears(missing, council);
            Map<Long, Set<String>> observed = indicatorHistories.observedFields(found.stream().map(Indicator::rowId).toList());
            for (int year : missing) {
                List<Milestone> ms = milestones.stream().filter(m -> m.year() == year).toList();
                List<Indicator> is = found.stream().filter(i -> i.year() == year).toList();
                Map<Long, MilestoneHistory> mh = new HashMap<>();
                ms.forEach(m -> mh.put(m.rowId(), milestoneRows.get(m.rowId())));
                Map<Long, Set<String>> fields = new HashMap<>();
                is.forEach(i -> fields.put(i.rowId(), observed.getOrDefault(i.rowId(), Set.of())));
                read.put(year + ":" + council, new Year(ms, mh, is, fields));
            }
        }
        return wanted.stream().map(y -> read.get(y + ":" + council)).toList();
    }

    private List<QuarterChanges.RatingChange> ratingChanges(QuarterPeriod a, QuarterPeriod b, List<Year> years) {
        // Years in order, as one query over both gave them (its order starts with the financial year).
        List<Milestone> found = years.stream().flatMap(y -> y.milestones().stream()).toList();
        Map<Long, MilestoneHistory> histories = new HashMap<>();
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

    /**
     * The value changes' indicators, [in the earlier year, in the later year]: the pairs with a figure (published or
     * corrected) for the earlier quarter and one for the later. Their count and the changes themselves both come from
     * here, so the two always agree.
     */
    private static List<List<Indicator>> valuePairs(QuarterPeriod a, QuarterPeriod b, List<Year> years) {
        List<Indicator> found = years.stream().flatMap(y -> y.indicators().stream()).toList();
        Map<Long, Set<String>> observed = new HashMap<>();
        years.forEach(y -> observed.putAll(y.observedFields()));
        return pairs(found, Indicator::seriesRowId, Indicator::year, a.year(), b.year()).values().stream()
                .filter(pair -> pair.get(0) != null && pair.get(1) != null
                        && observed.get(pair.get(0).rowId()).contains(a.quarter())
                        && observed.get(pair.get(1).rowId()).contains(b.quarter()))
                .toList();
    }

    /** The histories of the years' indicators, each year's read once per request; years not yet read are read together. */
    private Map<Long, IndicatorHistory> indicatorHistories(SortedSet<Integer> wanted, String council, List<Year> years,
                                                         GraphQLContext context) {
        Map<String, Map<Long, IndicatorHistory>> read = context.computeIfAbsent(HISTORIES_READ, k -> new ConcurrentHashMap<>());
        List<String> keys = wanted.stream().map(y -> y + ":" + council).toList(); // in the order of years
        List<Long> missing = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!read.containsKey(keys.get(i))) {
                years.get(i).indicators().forEach(indicator -> missing.add(indicator.rowId()));
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, IndicatorHistory> fresh = indicatorHistories.of(missing);
            for (int i = 0; i < keys.size(); i++) {
                if (!read.containsKey(keys.get(i))) {
                    Map<Long, IndicatorHistory> year = new HashMap<>();
                    years.get(i).indicators().forEach(indicator -> year.put(indicator.rowId(), fresh.get(indicator.rowId())));
                    read.put(keys.get(i), year);
                }
            }
        }
        Map<Long, IndicatorHistory> histories = new HashMap<>();
        keys.forEach(key -> histories.putAll(read.get(key)));
        return histories;
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
