package uk.councilperformance.projects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Mono;
import uk.councilperformance.graph.Arguments;
import uk.councilperformance.graph.Batches;
import uk.councilperformance.graph.Connection;
import uk.councilperformance.graph.Where;
import uk.councilperformance.plans.Plan;
import uk.councilperformance.plans.Plans;
import uk.councilperformance.search.TextMatch;
import uk.councilperformance.plans.Theme;
import uk.councilperformance.ratings.CommonStatus;

/**
 * Milestones, their rating histories and the counts of ratings. Status, overdue and slipped are worked out
 * from each milestone's whole history (corrections included), so filters on them are applied after one batch
 * load of the histories of every candidate.
 */
@Controller
public class MilestoneController {

    /** The filter argument of Query.milestones and Query.milestoneCounts. */
    public record MilestoneFilter(String council, String year, String plan, String theme, String quarter, CommonStatus status,
                                  Boolean overdue, Boolean slipped, String text) {

        static final MilestoneFilter NONE = new MilestoneFilter(null, null, null, null, null, null, null, null, null);

        boolean derived() {
            return quarter != null || status != null || overdue != null || slipped != null;
        }
    }

    private final Projects projects;
    private final Plans plans;
    private final MilestoneHistories histories;
    private final TextMatch textMatch;

    public MilestoneController(Projects projects, Plans plans, MilestoneHistories histories, BatchLoaderRegistry registry,
                               TextMatch textMatch) {
        this.textMatch = textMatch;
        this.projects = projects;
        this.plans = plans;
        this.histories = histories;
        // Asked by the fields worked out from the history (MilestoneHistoryFields).
        registry.forTypePair(Long.class, MilestoneHistory.class)
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> histories.of(ids)));
    }

    @QueryMapping
    public Connection<Milestone> milestones(@Argument MilestoneFilter filter, @Argument Integer first,
                                            @Argument String after, @Argument String orderBy) {
        Connection.Window window = Connection.Window.of(first, after);
        MilestoneFilter f = filter == null ? MilestoneFilter.NONE : filter;
        Where where = where(f);
        String order = "NAME".equals(orderBy) ? "LOWER(m.name), p.financial_year, c.slug, m.id" : Projects.MILESTONE_ORDER;
        if (!f.derived()) {
            return Connection.of(projects.findMilestones(where, order, window), window, projects.countMilestones(where));
        }
        List<Milestone> candidates = projects.findMilestones(where, order);
        Map<Long, MilestoneHistory> all = histories.of(candidates.stream().map(Milestone::rowId).toList());
        return Connection.slice(candidates.stream().filter(m -> matches(f, all.get(m.rowId()))).toList(), window);
    }

    @QueryMapping
    public List<MilestoneCount> milestoneCounts(@Argument List<String> groupBy, @Argument MilestoneFilter filter) {
        MilestoneFilter f = filter == null ? MilestoneFilter.NONE : filter;
        List<Milestone> candidates = projects.findMilestones(where(f), Projects.MILESTONE_ORDER);
        Map<Long, MilestoneHistory> all = histories.of(candidates.stream().map(Milestone::rowId).toList());
        boolean byPlan = groupBy.contains("PLAN") || groupBy.contains("THEME");
        boolean byTheme = groupBy.contains("THEME");
        boolean byQuarter = groupBy.contains("QUARTER");
        boolean byYear = byQuarter || groupBy.contains("YEAR");
        Map<MilestoneCount, Integer> counts = new LinkedHashMap<>();
        for (Milestone m : candidates) {
            MilestoneHistory h = all.get(m.rowId());
            if ((f.overdue() != null && h.overdue() != f.overdue()) || (f.slipped() != null && h.slipped() != f.slipped())) {
                continue;
            }
            for (MilestoneRating r : h.current()) {
                if ((f.quarter() != null && !f.quarter().equals(r.quarter())) || (f.status() != null && f.status() != r.status())) {
                    continue;
                }
                MilestoneCount key = new MilestoneCount(byPlan ? m.planRowId() : null, byTheme ? m.themeRowId() : null,
                        byYear ? m.year() : null, byQuarter ? r.quarter() : null, r.status(), 0);
                counts.merge(key, 1, Integer::sum);
            }
        }
        List<MilestoneCount> result = new ArrayList<>();
        counts.forEach((k, n) -> result.add(new MilestoneCount(k.planRowId(), k.themeRowId(), k.year(), k.quarter(), k.status(), n)));
        result.sort(Comparator.comparing(MilestoneCount::year, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(MilestoneCount::planRowId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(MilestoneCount::themeRowId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(MilestoneCount::quarter, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(MilestoneCount::status));
        return result;
    }

    private Where where(MilestoneFilter f) {
        Where where = new Where().and("c.slug = :council", "council", f.council())
                .and("p.financial_year = :year", "year", Arguments.year("filter.year", f.year()))
                .and("p.key = :plan", "plan", f.plan())
                .and("pr.theme_id = :theme", "theme", plans.themeRowIdOf(f.theme()));
        // The milestone's name and commentary, or its key project's name and approach.
        TextMatch.Condition own = textMatch.in("filter.text", f.text(), "m.id", "milestone");
        if (own != null) {
            where.and("(" + own.sql() + " OR " + textMatch.in("filter.text", f.text(), "m.project_id", "project").sql() + ")",
                    "text", own.text());
        }
        return where;
    }

    private static boolean matches(MilestoneFilter f, MilestoneHistory h) {
        if (f.overdue() != null && h.overdue() != f.overdue() || f.slipped() != null && h.slipped() != f.slipped()) {
            return false;
        }
        if (f.quarter() != null) {
            MilestoneRating r = h.rating(f.quarter());
            return r != null && (f.status() == null || r.status() == f.status());
        }
        return f.status() == null || h.status() == f.status();
    }

    @BatchMapping(typeName = "MilestoneCount")
    public Map<MilestoneCount, Plan> plan(List<MilestoneCount> list) {
        return Batches.one(list, MilestoneCount::planRowId, ids -> plans.byIds(ids.stream().filter(Objects::nonNull).toList()), Plan::rowId);
    }

    @BatchMapping(typeName = "MilestoneCount")
    public Map<MilestoneCount, Theme> theme(List<MilestoneCount> list) {
        return Batches.one(list, MilestoneCount::themeRowId, ids -> plans.themesByIds(ids.stream().filter(Objects::nonNull).toList()), Theme::rowId);
    }
}
