package uk.councilperformance.plans;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.councilperformance.councils.Council;
import uk.councilperformance.councils.Councils;
import uk.councilperformance.graph.Arguments;
import uk.councilperformance.graph.Batches;
import uk.councilperformance.graph.Connection;
import uk.councilperformance.graph.Where;
import uk.councilperformance.periods.FinancialYear;
import uk.councilperformance.reports.Report;

/** Plans and themes; every related field is batched, so a query costs the same SQL whatever its size. */
@Controller
public class PlanController {

    /** The filter argument of Query.plans. */
    public record PlanFilter(String council, String year, String plan) {
    }

    private final Plans plans;
    private final Councils councils;

    public PlanController(Plans plans, Councils councils) {
        this.plans = plans;
        this.councils = councils;
    }

    @QueryMapping
    public Connection<Plan> plans(@Argument PlanFilter filter, @Argument Integer first, @Argument String after,
                                  @Argument String orderBy) {
        Connection.Window window = Connection.Window.of(first, after);
        PlanFilter f = filter == null ? new PlanFilter(null, null, null) : filter;
        Where where = new Where().and("c.slug = :council", "council", f.council())
                .and("p.financial_year = :year", "year", Arguments.year("filter.year", f.year()))
                .and("p.key = :plan", "plan", f.plan());
        String order = "KEY".equals(orderBy) ? "p.key, p.financial_year, c.slug, p.id" : "p.financial_year, c.slug, p.key, p.id";
        return Connection.of(plans.find(where, order, window), window, plans.count(where));
    }

    @BatchMapping(typeName = "Plan")
    public Map<Plan, Council> council(List<Plan> list) {
        return Batches.one(list, Plan::councilRowId, councils::byIds, Council::rowId);
    }

    @BatchMapping(typeName = "Plan")
    public Map<Plan, List<Theme>> themes(List<Plan> list) {
        return Batches.many(list, Plan::rowId, plans::themesOf, Theme::planRowId);
    }

    @BatchMapping(typeName = "Plan")
    public Map<Plan, List<PlanEntry>> entries(List<Plan> list) {
        return Batches.many(list, Plan::rowId, plans::entriesOf, PlanEntry::planRowId);
    }

    @BatchMapping(typeName = "PlanEntry", field = "plan")
    public Map<PlanEntry, Plan> entryPlan(List<PlanEntry> entries) {
        return Batches.one(entries, PlanEntry::planRowId, plans::byIds, Plan::rowId);
    }

    @BatchMapping(typeName = "Theme", field = "plan")
    public Map<Theme, Plan> themePlan(List<Theme> themes) {
        return Batches.one(themes, Theme::planRowId, plans::byIds, Plan::rowId);
    }

    @BatchMapping(typeName = "FinancialYear", field = "plans")
    public Map<FinancialYear, List<Plan>> yearPlans(List<FinancialYear> years) {
        return Batches.many(years, FinancialYear::startYear, plans::byYears, Plan::year);
    }

    @BatchMapping(typeName = "Report", field = "plans")
    public Map<Report, List<PlanEntry>> reportPlans(List<Report> reports) {
        return Batches.many(reports, Report::id, plans::entriesInReports, PlanEntry::reportRowId);
    }
}
