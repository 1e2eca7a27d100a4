package uk.councilperformance.summaries;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Mono;
import uk.councilperformance.graph.Arguments;
import uk.councilperformance.graph.Batches;
import uk.councilperformance.graph.Where;
import uk.councilperformance.plans.Plan;
import uk.councilperformance.plans.Plans;
import uk.councilperformance.reports.Report;
import uk.councilperformance.reports.ReportRepository;
import uk.councilperformance.reports.ReportsRead;
import uk.councilperformance.reports.Source;

/** Published summary tables, each cell beside its computed count. */
@Controller
public class SummaryController {

    /** The filter argument of Query.summaryTables. */
    public record SummaryTableFilter(String council, String year, String quarter, String report, Boolean discrepancy) {
    }

    private final SummaryTables tables;
    private final Plans plans;
    private final ReportRepository reports;

    public SummaryController(SummaryTables tables, Plans plans, ReportRepository reports, BatchLoaderRegistry registry) {
        this.tables = tables;
        this.plans = plans;
        this.reports = reports;
        // cells and hasDiscrepancy share one load of every table's cells per request
        registry.forTypePair(Long.class, SummaryTables.Cells.class)
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> tables.cells(ids)));
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
        Map<Long, SummaryTables.Cells> cells = tables.cells(found.stream().map(SummaryTable::rowId).toList());
        return found.stream().filter(t -> cells.get(t.rowId()).hasDiscrepancy() == f.discrepancy()).toList();
    }

    @SchemaMapping(typeName = "SummaryTable")
    public CompletableFuture<List<SummaryCell>> cells(SummaryTable table, DataLoader<Long, SummaryTables.Cells> cells) {
        return cells.load(table.rowId()).thenApply(SummaryTables.Cells::list);
    }

    @SchemaMapping(typeName = "SummaryTable")
    public CompletableFuture<Boolean> hasDiscrepancy(SummaryTable table, DataLoader<Long, SummaryTables.Cells> cells) {
        return cells.load(table.rowId()).thenApply(SummaryTables.Cells::hasDiscrepancy);
    }

    @BatchMapping(typeName = "SummaryTable")
    public Map<SummaryTable, Source> source(List<SummaryTable> list) {
        ReportsRead sources = new ReportsRead(reports);
        Map<SummaryTable, Source> bySummary = new java.util.LinkedHashMap<>();
        list.forEach(t -> bySummary.put(t, sources.source(t.reportRowId(), t.table(), t.line(), null)));
        return bySummary;
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
