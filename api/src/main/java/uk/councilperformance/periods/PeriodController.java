package uk.councilperformance.periods;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;

import uk.councilperformance.graph.Arguments;
import uk.councilperformance.graph.NodeId;
import uk.councilperformance.graph.Where;
import uk.councilperformance.indicators.Indicator;
import uk.councilperformance.indicators.IndicatorHistories;
import uk.councilperformance.indicators.IndicatorHistory;
import uk.councilperformance.indicators.IndicatorValue;
import uk.councilperformance.indicators.Indicators;
import uk.councilperformance.projects.Milestone;
import uk.councilperformance.projects.MilestoneHistories;
import uk.councilperformance.projects.MilestoneHistory;
import uk.councilperformance.projects.MilestoneRating;
import uk.councilperformance.projects.Projects;
import uk.councilperformance.reports.Report;
import uk.councilperformance.reports.ReportRepository;
import uk.councilperformance.summaries.SummaryTable;
import uk.councilperformance.summaries.SummaryTables;

/** Financial years and quarters as first-class things: what was reported for a quarter. */
@Controller
public class PeriodController {

    private final JdbcClient db;
    private final ReportRepository reports;
    private final Indicators indicators;
    private final IndicatorHistories indicatorHistories;
    private final Projects projects;
    private final MilestoneHistories milestoneHistories;
    private final SummaryTables summaryTables;

    public PeriodController(JdbcClient db, ReportRepository reports, Indicators indicators,
                            IndicatorHistories indicatorHistories, Projects projects, MilestoneHistories milestoneHistories,
                            SummaryTables summaryTables) {
        this.db = db;
        this.reports = reports;
        this.indicators = indicators;
        this.indicatorHistories = indicatorHistories;
        this.projects = projects;
        this.milestoneHistories = milestoneHistories;
        this.summaryTables = summaryTables;
    }

    @QueryMapping
    public List<FinancialYear> financialYears(@Argument String council) {
        Where where = new Where().and("c.slug = :council", "council", council);
        return db.sql("SELECT DISTINCT r.financial_year FROM report r JOIN council c ON c.id = r.council_id" + where.sql()
                        + " ORDER BY r.financial_year")
                .params(where.params()).query(Integer.class).list().stream().map(FinancialYear::new).toList();
    }

    @QueryMapping
    public QuarterPeriod quarter(@Argument String year, @Argument String quarter, @Argument String council) {
        return new QuarterPeriod(Arguments.year("year", year), quarter, council);
    }

    @SchemaMapping(typeName = "FinancialYear")
    public String id(FinancialYear year) {
        return NodeId.of("FinancialYear", year.startYear());
    }

    @SchemaMapping(typeName = "FinancialYear")
    public String label(FinancialYear year) {
        return year.toString();
    }

    @SchemaMapping(typeName = "FinancialYear")
    public List<QuarterPeriod> quarters(FinancialYear year) {
        return Arrays.stream(Quarter.values()).map(q -> new QuarterPeriod(year.startYear(), q.name(), null)).toList();
    }

    @BatchMapping(typeName = "QuarterPeriod")
    public Map<QuarterPeriod, List<Report>> reports(List<QuarterPeriod> periods) {
        List<Report> all = reports.findAllByOrderByMeetingDateAscSlugAsc();
        Map<Long, String> councils = councilSlugs();
        Map<QuarterPeriod, List<Report>> result = new LinkedHashMap<>();
        for (QuarterPeriod p : periods) {
            result.put(p, all.stream().filter(r -> r.financialYear() == p.year() && r.quarter() == p.number())
                    .filter(r -> p.councilSlug() == null || p.councilSlug().equals(councils.get(r.councilId()))).toList());
        }
        return result;
    }

    @BatchMapping(typeName = "QuarterPeriod")
    public Map<QuarterPeriod, List<IndicatorValue>> indicatorValues(List<QuarterPeriod> periods) {
        List<Indicator> found = indicators.inYears(years(periods), oneCouncil(periods));
        Map<Long, IndicatorHistory> histories = indicatorHistories.of(found.stream().map(Indicator::rowId).toList());
        Map<QuarterPeriod, List<IndicatorValue>> result = new LinkedHashMap<>();
        for (QuarterPeriod p : periods) {
            result.put(p, found.stream().filter(i -> i.year() == p.year() && inCouncil(p, i.councilSlug()))
                    .map(i -> histories.get(i.rowId()).current(p.quarter())).filter(Objects::nonNull).toList());
        }
        return result;
    }

    @BatchMapping(typeName = "QuarterPeriod")
    public Map<QuarterPeriod, List<MilestoneRating>> milestoneRatings(List<QuarterPeriod> periods) {
        List<Milestone> found = projects.milestonesInYears(years(periods), oneCouncil(periods));
        Map<Long, MilestoneHistory> histories = milestoneHistories.of(found.stream().map(Milestone::rowId).toList());
        Map<QuarterPeriod, List<MilestoneRating>> result = new LinkedHashMap<>();
        for (QuarterPeriod p : periods) {
            List<MilestoneRating> ratings = new ArrayList<>();
            found.stream().filter(m -> m.year() == p.year() && inCouncil(p, m.councilSlug()))
                    .map(m -> histories.get(m.rowId()).rating(p.quarter())).filter(Objects::nonNull).forEach(ratings::add);
            result.put(p, ratings);
        }
        return result;
    }

    @BatchMapping(typeName = "QuarterPeriod")
    public Map<QuarterPeriod, List<SummaryTable>> summaryTables(List<QuarterPeriod> periods) {
        List<SummaryTable> found = summaryTables.inYears(years(periods));
        Map<Long, String> councils = periods.stream().anyMatch(p -> p.councilSlug() != null) ? reportCouncils() : Map.of();
        Map<QuarterPeriod, List<SummaryTable>> result = new LinkedHashMap<>();
        for (QuarterPeriod p : periods) {
            result.put(p, found.stream().filter(t -> t.year() == p.year() && t.quarterNumber() == p.number())
                    .filter(t -> inCouncil(p, councils.get(t.reportRowId()))).toList());
        }
        return result;
    }

    private static List<Integer> years(List<QuarterPeriod> periods) {
        return periods.stream().map(QuarterPeriod::year).distinct().toList();
    }

    /** The council all the periods are for, so that SQL narrows to it; null when they are for all or for several. */
    private static String oneCouncil(List<QuarterPeriod> periods) {
        List<String> councils = periods.stream().map(QuarterPeriod::councilSlug).distinct().toList();
        return councils.size() == 1 ? councils.get(0) : null;
    }

    private static boolean inCouncil(QuarterPeriod p, String councilSlug) {
        return p.councilSlug() == null || p.councilSlug().equals(councilSlug);
    }

    private Map<Long, String> councilSlugs() {
        Map<Long, String> slugs = new LinkedHashMap<>();
        db.sql("SELECT id, slug FROM council").query(rs -> {
            slugs.put(rs.getLong(1), rs.getString(2));
        });
        return slugs;
    }

    private Map<Long, String> reportCouncils() {
        Map<Long, String> slugs = new LinkedHashMap<>();
        db.sql("SELECT r.id, c.slug FROM report r JOIN council c ON c.id = r.council_id").query(rs -> {
            slugs.put(rs.getLong(1), rs.getString(2));
        });
        return slugs;
    }
}
