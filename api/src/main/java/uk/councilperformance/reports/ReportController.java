package uk.councilperformance.reports;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Reports and their meetings over GraphQL. */
@Controller
public class ReportController {

    private final ReportRepository reports;

    public ReportController(ReportRepository reports) {
        this.reports = reports;
    }

    @QueryMapping
    public List<Report> reports() {
        return reports.findAllByOrderByMeetingDateAscSlugAsc();
    }

    @QueryMapping
    public Report report(@Argument String slug) {
        return reports.findBySlug(slug).orElse(null);
    }

    @SchemaMapping(typeName = "Report")
    public Map<String, Object> meeting(Report report) {
        java.util.HashMap<String, Object> meeting = new java.util.HashMap<>();
        meeting.put("body", report.meetingBody());
        meeting.put("date", report.meetingDate());
        meeting.put("item", report.meetingItem());
        return meeting;
    }

    @SchemaMapping(typeName = "Report", field = "financialYear")
    public String financialYear(Report report) {
        return report.year().toString();
    }

    @SchemaMapping(typeName = "Report", field = "quarter")
    public String quarter(Report report) {
        return report.quarterOfYear().name();
    }
}
