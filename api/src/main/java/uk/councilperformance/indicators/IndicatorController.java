package uk.councilperformance.indicators;

import java.util.List;
import java.util.Map;

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

/**
 * Indicators. Their figures come from one batch load of every observation of every indicator in the result
 * (two SQL statements), which values, value, revisions and entries all share.
 */
@Controller
public class IndicatorController {

    /** The filter argument of Query.indicators. */
    public record IndicatorFilter(String council, String year, String plan, String theme, String frequency,
                                  Boolean hasTarget, String reportedIn, String text) {
    }

    private final Indicators indicators;
    private final Plans plans;
    private final TextMatch textMatch;

    public IndicatorController(Indicators indicators, Plans plans, IndicatorHistories histories,
                               BatchLoaderRegistry registry, TextMatch textMatch) {
        this.textMatch = textMatch;
        this.indicators = indicators;
        this.plans = plans;
        // Asked by the fields worked out from the history (IndicatorHistoryFields).
        registry.forTypePair(Long.class, IndicatorHistory.class)
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> histories.of(ids)));
    }

    @QueryMapping
    public Connection<Indicator> indicators(@Argument IndicatorFilter filter, @Argument Integer first,
                                            @Argument String after, @Argument String orderBy) {
        Connection.Window window = Connection.Window.of(first, after);
        Where where = where(filter == null ? new IndicatorFilter(null, null, null, null, null, null, null, null) : filter);
        String order = "NAME".equals(orderBy) ? "LOWER(i.name), i.breakdown, p.financial_year, c.slug, i.id" : Indicators.PLAN_ORDER;
        return Connection.of(indicators.find(where, order, window), window, indicators.count(where));
    }

    private Where where(IndicatorFilter f) {
        Where where = new Where().and("c.slug = :council", "council", f.council())
                .and("p.financial_year = :year", "year", Arguments.year("filter.year", f.year()))
                .and("p.key = :plan", "plan", f.plan())
                .and("i.theme_id = :theme", "theme", plans.themeRowIdOf(f.theme()));
        // Filters on what reports printed look at every report's row: a figure once published stays findable.
        where.and("EXISTS (SELECT 1 FROM indicator_entry e WHERE e.indicator_id = i.id AND UPPER(e.frequency) = :frequency)",
                "frequency", f.frequency() == null ? null : f.frequency().strip().toUpperCase(java.util.Locale.ROOT));
        if (f.hasTarget() != null) {
            where.always((f.hasTarget() ? "" : "NOT ") + "EXISTS (SELECT 1 FROM indicator_entry e JOIN indicator_value v"
                    + " ON v.indicator_entry_id = e.id WHERE e.indicator_id = i.id AND v.field = 'TARGET')");
        }
        where.and("EXISTS (SELECT 1 FROM indicator_entry e JOIN indicator_value v ON v.indicator_entry_id = e.id"
                + " WHERE e.indicator_id = i.id AND v.field = :reportedIn)", "reportedIn", f.reportedIn());
        // Names, breakdowns and what any report printed (values, notes, assessments): see search_text.
        TextMatch.Condition text = textMatch.in("filter.text", f.text(), "i.id", "indicator");
        if (text != null) {
            where.and(text.sql(), "text", text.text());
        }
        return where;
    }

    @BatchMapping(typeName = "Plan", field = "indicators")
    public Map<Plan, List<Indicator>> planIndicators(List<Plan> list) {
        return Batches.many(list, Plan::rowId, indicators::inPlans, Indicator::planRowId);
    }

    @BatchMapping(typeName = "Theme", field = "indicators")
    public Map<Theme, List<Indicator>> themeIndicators(List<Theme> list) {
        return Batches.many(list, Theme::rowId, indicators::inThemes, Indicator::themeRowId);
    }

    @BatchMapping(typeName = "Indicator")
    public Map<Indicator, Theme> theme(List<Indicator> list) {
        return Batches.one(list, Indicator::themeRowId, plans::themesByIds, Theme::rowId);
    }

    @BatchMapping(typeName = "Indicator")
    public Map<Indicator, Plan> plan(List<Indicator> list) {
        return Batches.one(list, Indicator::planRowId, plans::byIds, Plan::rowId);
    }
}
