package uk.councilperformance.councils;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.councilperformance.graph.Batches;
import uk.councilperformance.plans.Plan;
import uk.councilperformance.plans.Plans;
import uk.councilperformance.reports.Report;
import uk.councilperformance.reports.ReportRepository;

/** Councils, with their plans and reports batched. */
@Controller
public class CouncilController {

    private final Councils councils;
    private final Plans plans;
    private final ReportRepository reports;

    public CouncilController(Councils councils, Plans plans, ReportRepository reports) {
        this.councils = councils;
        this.plans = plans;
        this.reports = reports;
    }

    @QueryMapping
    public List<Council> councils() {
        return councils.all();
    }

    @QueryMapping
    public Council council(@Argument String slug) {
        return councils.bySlug(slug).orElse(null);
    }

    @BatchMapping(typeName = "Council")
    public Map<Council, List<Plan>> plans(List<Council> list) {
        return Batches.many(list, Council::rowId, plans::byCouncils, Plan::councilRowId);
    }

    @BatchMapping(typeName = "Council")
    public Map<Council, List<Report>> reports(List<Council> list) {
        return Batches.many(list, Council::rowId, ids -> reports.findAllByOrderByMeetingDateAscSlugAsc(), Report::councilId);
    }
}
