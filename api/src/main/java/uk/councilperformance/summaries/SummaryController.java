package uk.councilperformance.summaries;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import uk.councilperformance.graph.Arguments;
import uk.councilperformance.graph.Batches;
import uk.councilperformance.graph.Where;
import uk.councilperformance.plans.Plan;
import uk.councilperformance.plans.Plans;
import uk.councilperformance.reports.Report;
import uk.councilperformance.reports.ReportRepository;

/** Published summary tables, each cell beside its computed count. */
@Controller
public class SummaryController {

    /** The filter argument of Query.summaryTables. */
    public record SummaryTableFilter(String council, String year, String quarter, String report, Boolean discrepancy) {
    }

    private final SummaryTables tables;
    private final Plans plans;
    private final ReportRepository reports;

    public SummaryController(SummaryTables tables, Plans plans, ReportRepository reports) {
        this.tables = tables;
        this.plans = plans;
        this.reports = reports;
    }

    @QueryMapping
    public List<SummaryTable> summaryTables(@Argument SummaryTableFilter filter) {
        SummaryTableFilter f = filter == null ? new SummaryTableFilter(null, null, null, null, null) : filter;
        List<SummaryTable> found = tables.find(new Where().and("c.slug = :council", "council", f.council())
                .and("r.financial_year = :year", "year", Arguments.year("filter.year", f.year()))
                .and("t.quarter = :quarter", "quarter", f.quarter() == null ? null : Integer.parseInt(f.quarter().substring(1)))
                .and("r.slug = :report", "report", f.report()));
        if (f.discrepancy() == null) {
            return found;
        }
        List<SummaryCell> cells = tables.cells(found);
        return found.stream().filter(t -> cells.stream().anyMatch(c -> c.tableRowId() == t.rowId() && c.discrepancy())
                == f.discrepancy()).toList();
    }

    @BatchMapping(typeName = "SummaryTable")
    public Map<SummaryTable, List<SummaryCell>> cells(List<SummaryTable> list) {
        return Batches.many(list, SummaryTable::rowId, ids -> tables.cells(list), SummaryCell::tableRowId);
    }

    @BatchMapping(typeName = "SummaryTable")
    public Map<SummaryTable, Boolean> hasDiscrepancy(List<SummaryTable> list) {
        Map<SummaryTable, List<SummaryCell>> cells = cells(list);
        Map<SummaryTable, Boolean> result = new java.util.LinkedHashMap<>();
        list.forEach(t -> result.put(t, cells.get(t).stream().anyMatch(SummaryCell::discrepancy)));
        return result;
    }

    @BatchMapping(typeName = "SummaryTable")
    public Map<SummaryTable, Report> report(List<SummaryTable> list) {
        return Batches.one(list, SummaryTable::reportRowId, reports::findAllById, Report::id);
    }

    @BatchMapping(typeName = "SummaryTable")
    public Map<SummaryTable, Plan> plan(List<SummaryTable> list) {
        return Batches.one(list, SummaryTable::planRowId,
                ids -> plans.byIds(ids.stream().filter(java.util.Objects::nonNull).toList()), Plan::rowId);
    }

    @BatchMapping(typeName = "SummaryCell")
    public Map<SummaryCell, Plan> rowPlan(List<SummaryCell> list) {
        return Batches.one(list, SummaryCell::rowPlanRowId,
                ids -> plans.byIds(ids.stream().filter(java.util.Objects::nonNull).toList()), Plan::rowId);
    }

    @BatchMapping(typeName = "Report")
    public Map<Report, List<SummaryTable>> summaryTables(List<Report> list) {
        return Batches.many(list, Report::id, tables::inReports, SummaryTable::reportRowId);
    }
}
