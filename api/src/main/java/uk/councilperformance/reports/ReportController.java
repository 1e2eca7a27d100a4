package uk.councilperformance.reports;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import uk.councilperformance.councils.Council;
import uk.councilperformance.councils.Councils;
import uk.councilperformance.graph.Arguments;
import uk.councilperformance.graph.Batches;
import uk.councilperformance.graph.NodeId;
import uk.councilperformance.periods.QuarterPeriod;
import uk.councilperformance.plans.PlanEntry;

/** Reports and their meetings over GraphQL; every field that points at a report is batched. */
@Controller
public class ReportController {

    /** The filter argument of Query.reports. */
    public record ReportFilter(String council, String year, String body) {
    }

    private final ReportRepository reports;
    private final Councils councils;

    public ReportController(ReportRepository reports, Councils councils) {
        this.reports = reports;
        this.councils = councils;
    }

    @QueryMapping
    public List<Report> reports(@Argument ReportFilter filter) {
        List<Report> all = reports.findAllByOrderByMeetingDateAscSlugAsc();
        if (filter == null) {
            return all;
        }
        Integer year = Arguments.year("filter.year", filter.year());
        Long council = filter.council() == null ? null
                : councils.bySlug(filter.council()).map(Council::rowId).orElse(-1L);
        return all.stream().filter(r -> year == null || r.financialYear() == year)
                .filter(r -> council == null || r.councilId().equals(council))
                .filter(r -> filter.body() == null || r.meetingBody().equalsIgnoreCase(filter.body().strip()))
                .toList();
    }

    @QueryMapping
    public Report report(@Argument String slug) {
        return reports.findBySlug(slug).orElse(null);
    }

    @SchemaMapping(typeName = "Report", field = "id")
    public String id(Report report) {
        return NodeId.of("Report", report.slug());
    }

    @SchemaMapping(typeName = "Report")
    public Meeting meeting(Report report) {
        return new Meeting(report.meetingBody(), report.meetingDate(), report.meetingItem());
    }

    @SchemaMapping(typeName = "Report", field = "financialYear")
    public String financialYear(Report report) {
        return report.year().toString();
    }

    @SchemaMapping(typeName = "Report", field = "quarter")
    public String quarter(Report report) {
        return report.quarterOfYear().name();
    }

    @SchemaMapping(typeName = "Report", field = "period")
    public QuarterPeriod period(Report report) {
        return new QuarterPeriod(report.financialYear(), report.quarterOfYear().name(), null);
    }

    @BatchMapping(typeName = "Report", field = "council")
    public Map<Report, Council> council(List<Report> list) {
        return Batches.one(list, Report::councilId, councils::byIds, Council::rowId);
    }

    @BatchMapping(typeName = "PlanEntry", field = "report")
    public Map<PlanEntry, Report> planEntryReport(List<PlanEntry> entries) {
        return Batches.one(entries, PlanEntry::reportRowId, reports::findAllById, Report::id);
    }
}
