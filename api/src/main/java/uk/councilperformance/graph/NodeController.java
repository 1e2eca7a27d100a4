package uk.councilperformance.graph;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.councilperformance.councils.Councils;
import uk.councilperformance.indicators.Indicators;
import uk.councilperformance.periods.FinancialYear;
import uk.councilperformance.periods.Quarter;
import uk.councilperformance.periods.QuarterPeriod;
import uk.councilperformance.plans.Plans;
import uk.councilperformance.projects.Projects;
import uk.councilperformance.reports.ReportRepository;
import uk.councilperformance.series.SeriesRepository;
import uk.councilperformance.summaries.SummaryTable;
import uk.councilperformance.summaries.SummaryTables;

/** Any object by its global id: the id names the type and the council's keys that find it. */
@Controller
public class NodeController {

    private final Councils councils;
    private final Plans plans;
    private final Indicators indicators;
    private final Projects projects;
    private final ReportRepository reports;
    private final SeriesRepository series;
    private final SummaryTables summaryTables;

    public NodeController(Councils councils, Plans plans, Indicators indicators, Projects projects, ReportRepository reports,
                          SeriesRepository series, SummaryTables summaryTables) {
        this.councils = councils;
        this.plans = plans;
        this.indicators = indicators;
        this.projects = projects;
        this.reports = reports;
        this.series = series;
        this.summaryTables = summaryTables;
    }

    @QueryMapping
    public Object node(@Argument String id) {
        NodeId n = NodeId.parse(id);
        return switch (n.type()) {
            case "Council" -> councils.bySlug(n.expect("Council", 1).part(0)).orElse(null);
            case "Report" -> reports.findBySlug(n.expect("Report", 1).part(0)).orElse(null);
            case "FinancialYear" -> new FinancialYear(n.expect("FinancialYear", 1).year(0));
            case "QuarterPeriod" -> quarter(n);
            case "Plan" -> plans.byKey(n.expect("Plan", 3).part(0), n.year(1), n.part(2)).orElse(null);
            case "Theme" -> plans.themeByKey(n.expect("Theme", 4).part(0), n.year(1), n.part(2), n.part(3)).orElse(null);
            case "Indicator" -> indicators.byKey(n.expect("Indicator", 5).part(0), n.year(1), n.part(2), n.part(3), n.part(4))
                    .orElse(null);
            case "Project" -> projects.projectByKey(n.expect("Project", 5).part(0), n.year(1), n.part(2), n.part(3), n.part(4))
                    .orElse(null);
            case "Milestone" -> projects.milestoneByKey(n.expect("Milestone", 6).part(0), n.year(1), n.part(2), n.part(3),
                    n.part(4), n.part(5)).orElse(null);
            case "Series" -> series.byKey(n.expect("Series", 3).part(0), n.part(1), n.part(2)).orElse(null);
            case "SummaryTable" -> summaryTable(n.expect("SummaryTable", 2));
            default -> throw new BadArgument("id", "\"" + NodeId.abbreviate(id) + "\" is not an id of this API");
        };
    }

    private QuarterPeriod quarter(NodeId n) {
        if (n.parts().size() == 2) {
            return new QuarterPeriod(n.year(0), quarterName(n, 1), null);
        }
        n.expect("QuarterPeriod", 3);
        return new QuarterPeriod(n.year(1), quarterName(n, 2), n.part(0));
    }

    private static String quarterName(NodeId n, int index) {
        return Quarter.parse(n.part(index)).orElseThrow(() -> new BadArgument("id", "\"" + n + "\" names no quarter")).name();
    }

    private SummaryTable summaryTable(NodeId n) {
        int position;
        try {
            position = Integer.parseInt(n.part(1));
        } catch (NumberFormatException e) {
            throw new BadArgument("id", "\"" + n + "\" is not the id of a SummaryTable");
        }
        return reports.findBySlug(n.part(0)).flatMap(r -> summaryTables.inReports(java.util.List.of(r.id())).stream()
                .filter(t -> t.position() == position).findFirst()).orElse(null);
    }
}
