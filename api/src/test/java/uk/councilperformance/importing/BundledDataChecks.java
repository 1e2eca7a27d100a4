package uk.councilperformance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.councilperformance.TestData;
import uk.councilperformance.summaries.SummaryComparison;

/**
 * The bundled data set, built into a real database, checked against figures published in the four
 * seed reports (the source line of each is given, in data/sources/). Run on SQLite and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BundledDataChecks {

    static final String END_OF_YEAR_2017 = "2018-06-14-cabinet-end-of-year-2017-18";
    static final String END_OF_YEAR_2018 = "2019-07-22-community-scrutiny-end-of-year-2018-19";
    static final String Q1_2019 = "2019-09-19-cabinet-q1-2019-20";
    static final String Q2_2019 = "2019-11-26-community-scrutiny-q2-2019-20";

    @Autowired
    DatasetLoader loader;

    @Autowired
    JdbcClient db;

    @Autowired
    SummaryComparison comparison;

    @BeforeAll
    void build() {
        DatasetLoader.Result result = loader.load(Dataset.read(TestData.directory()));
        assertThat(result.count(ReportStore.Outcome.ADDED)).isEqualTo(4);
    }

    @Test
    void aCompoundValueKeepsItsTextAndGainsACountAndASumOfMoney() {
        // 003 line 59: Number of Discretionary Housing Payments awards, Q1 "100 cases £19,112.23"
        Map<String, Object> v = value(END_OF_YEAR_2018, "Number of Discretionary Housing Payments awards", "Q1");
        assertThat(v.get("published_text")).isEqualTo("100 cases £19,112.23");
        assertThat(decimal(v.get("count_value"))).isEqualByComparingTo("100");
        assertThat(decimal(v.get("money_value"))).isEqualByComparingTo("19112.23");
        assertThat(v.get("percent_value")).isNull();
        assertThat(value(END_OF_YEAR_2018, "Number of Discretionary Housing Payments awards", "TOTAL")
                .get("published_text")).isEqualTo("314 cases £64,029.16");
    }

    @Test
    void everyFigureCarriesItsSource() {
        Map<String, Object> v = value(END_OF_YEAR_2018, "Number of Discretionary Housing Payments awards", "Q1");
        assertThat(v.get("meeting_body")).isEqualTo("Community Scrutiny Committee");
        assertThat(v.get("meeting_date")).isEqualTo("2019-07-22");
        assertThat(v.get("source_file")).isEqualTo("sources/003_c2fd677fd2d5bf7c.txt");
        assertThat(((Number) v.get("source_line")).intValue()).isEqualTo(59);
        assertThat((String) v.get("source_table")).contains("Performance indicators");
    }

    @Test
    void anAnnualIndicatorHasOnlyTheCellsThatWerePublished() {
        // 003 line 52: Increased number of referrals to the Community Safety Hub, A, 189 Cases, Q4 304, total 304
        String name = "Increased number of referrals to the Community Safety Hub";
        assertThat(db.sql("""
                SELECT e.frequency FROM indicator_entry e JOIN indicator i ON i.id = e.indicator_id
                JOIN report r ON r.id = e.report_id WHERE r.slug = ? AND i.name = ?""")
                .params(END_OF_YEAR_2018, name).query(String.class).single()).isEqualTo("A");
        assertThat(fields(END_OF_YEAR_2018, name)).containsExactlyInAnyOrder("LAST_YEAR_OUTTURN", "Q4", "TOTAL");
        assertThat(value(END_OF_YEAR_2018, name, "Q4").get("published_text")).isEqualTo("304");
        assertThat(value(END_OF_YEAR_2018, name, "LAST_YEAR_OUTTURN").get("published_text")).isEqualTo("189 Cases");
    }

    @Test
    void aMilestoneMoreThanThreeMonthsBehindKeepsItsSymbolAndItsSchemesWording() {
        // 004 line 161: Identify potential funding sources and submit bids for funding, Q1 "Δ"
        Map<String, Object> r = db.sql("""
                SELECT mr.published_symbol, mr.scheme_status, mr.common_status, s.label, e.due_text, e.due_quarter
                FROM milestone_rating mr
                JOIN milestone_entry e ON e.id = mr.milestone_entry_id
                JOIN milestone m ON m.id = e.milestone_id
                JOIN report rep ON rep.id = e.report_id
                JOIN plan p ON p.id = (SELECT t.plan_id FROM project pr JOIN theme t ON t.id = pr.theme_id WHERE pr.id = m.project_id)
                JOIN rating_scheme_status s ON s.rating_scheme_id = p.rating_scheme_id AND s.key = mr.scheme_status
                WHERE rep.slug = ? AND m.name = ? AND mr.quarter = 1""")
                .params(Q1_2019, "Identify potential funding sources and submit bids for funding").query().singleRow();
        assertThat(r.get("published_symbol")).isEqualTo("Δ");
        assertThat(r.get("common_status")).isEqualTo("seriously-behind");
        assertThat(r.get("scheme_status")).isEqualTo("more-than-3-months-behind");
        assertThat((String) r.get("label")).startsWith("Action > 3 months / 1 Quarter behind schedule");
        assertThat(((Number) r.get("due_quarter")).intValue()).isEqualTo(3);
    }

    @Test
    void summaryTablesAreKeptAsPublished() {
        // 004 section 5.5, TOTAL row: 20 (50%) completed ... 40 actions
        List<Map<String, Object>> total = db.sql("""
                SELECT c.status, c.published_text, c.count_value, c.percent_value FROM summary_count c
                JOIN summary_table t ON t.id = c.summary_table_id JOIN report r ON r.id = t.report_id
                WHERE r.slug = ? AND t.plan_id IS NULL AND t.source_table LIKE '%5.5%' AND c.row_is_total = ?
                ORDER BY c.id""").params(Q1_2019, true).query().listOfRows();
        assertThat(total).extracting(row -> row.get("status") + "=" + row.get("published_text")).containsExactly(
                "completed=20 (50%)", "slightly-behind=11 (27.5%)", "seriously-behind=8 (20%)", "closed=1 (2.5%)", "total=40");
        assertThat(((Number) total.get(0).get("count_value")).intValue()).isEqualTo(20);
        assertThat(decimal(total.get(0).get("percent_value"))).isEqualByComparingTo("50");
    }

    @Test
    void computedCountsStandBesideThePublishedOnesAndDisagreementsShow() {
        // 003 line 21: annual 2018/19, 28 (87.5%) completed, 4 (12.5%) need attention, 32 in all;
        // only 24 ticks and 2 triangles survive in the text (the rest were pictures).
        long report = reportId(END_OF_YEAR_2018);
        List<SummaryComparison.Cell> annual = comparison.forReport(report).stream()
                .filter(c -> c.published().isPresent()).filter(c -> c.status().equals("completed")).toList();
        assertThat(annual).extracting(SummaryComparison.Cell::published).contains(java.util.Optional.of(28));
        SummaryComparison.Cell completed = annual.stream().filter(c -> c.published().get() == 28).findFirst().orElseThrow();
        assertThat(completed.computed()).isEqualTo(24);
        assertThat(completed.agrees()).isFalse();
    }

    @Test
    void lostSymbolsStayBlankAndThePublishedCountsShowTheShortfall() {
        // 004 Appendix 3 "Overall Performance" (lines 253-256): 5 (41.7%) completed, 5 (41.7%) slightly behind,
        // 2 (16.6%) more than 3 months behind, 12 in all. The text shows only the 5 ticks (lines 284 twice, 290, 295,
        // 296); the ● and Δ were pictures, and no rating is recorded in their place.
        long table = db.sql("""
                SELECT t.id FROM summary_table t JOIN report r ON r.id = t.report_id
                WHERE r.slug = ? AND t.source_table = 'Appendix 3 – Overall Performance'""").param(Q1_2019).query(Long.class).single();
        Map<String, SummaryComparison.Cell> cells = new java.util.HashMap<>();
        comparison.forReport(reportId(Q1_2019)).stream().filter(c -> c.summaryTableId() == table).forEach(c -> cells.put(c.status(), c));
        assertThat(cells.get("completed").published()).contains(5);
        assertThat(cells.get("completed").computed()).isEqualTo(5);
        assertThat(cells.get("completed").agrees()).isTrue();
        assertThat(cells.get("slightly-behind").published()).contains(5);
        assertThat(cells.get("slightly-behind").computed()).isZero();
        assertThat(cells.get("total").published()).contains(12);
        assertThat(cells.get("total").computed()).isEqualTo(5);
        assertThat(db.sql("""
                SELECT COUNT(*) FROM milestone_rating mr JOIN milestone_entry e ON e.id = mr.milestone_entry_id
                JOIN report r ON r.id = e.report_id WHERE r.financial_year = 2019 AND mr.common_status = 'unknown'""")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aFigureRestatedInALaterReportIsKeptFromBoth() {
        // Fly tipping Q1 2019/20 is "90" in the Cabinet report of 19 Sep 2019 (004 line 278) and again in the
        // scrutiny committee's Q2 update of 26 Nov 2019 (000 line 345); the current figure is the latest report's.
        List<Map<String, Object>> observations = db.sql("""
                SELECT r.slug, v.published_text FROM indicator_value v
                JOIN indicator_entry e ON e.id = v.indicator_entry_id JOIN indicator i ON i.id = e.indicator_id
                JOIN theme t ON t.id = i.theme_id JOIN plan p ON p.id = t.plan_id JOIN report r ON r.id = e.report_id
                WHERE i.name = 'Number of fly tipping incidents' AND p.financial_year = 2019 AND v.field = 'Q1'
                ORDER BY r.meeting_date""").query().listOfRows();
        assertThat(observations).extracting(o -> o.get("slug") + ":" + o.get("published_text"))
                .containsExactly(Q1_2019 + ":90", Q2_2019 + ":90");
    }

    @Test
    void aRevisedFigureKeepsBothVersions() {
        // CPNWs: last year's outturn "N/A" in 004 line 261, "36" in 000 line 328.
        List<String> revisions = db.sql("""
                SELECT v.published_text FROM indicator_value v
                JOIN indicator_entry e ON e.id = v.indicator_entry_id JOIN indicator i ON i.id = e.indicator_id
                JOIN report r ON r.id = e.report_id
                WHERE i.name = 'Number of Community Protection Notice Warnings (CPNWs) issued' AND v.field = 'LAST_YEAR_OUTTURN'
                ORDER BY r.meeting_date""").query(String.class).list();
        assertThat(revisions).containsExactly("N/A", "36");
    }

    @Test
    void anIndicatorIsLinkedAcrossThreeFinancialYears() {
        // Fly tipping: 2017/18 Q1 "123" (002 line 326), 2018/19 Q1 "102" (003 line 62), 2019/20 Q1 "90" (004 line 278)
        List<Map<String, Object>> series = db.sql("""
                SELECT DISTINCT p.financial_year, v.published_text, i.series_rule FROM indicator i
                JOIN series s ON s.id = i.series_id JOIN theme t ON t.id = i.theme_id JOIN plan p ON p.id = t.plan_id
                JOIN indicator_entry e ON e.indicator_id = i.id JOIN indicator_value v ON v.indicator_entry_id = e.id
                WHERE s.key = (SELECT s2.key FROM series s2 JOIN indicator i2 ON i2.series_id = s2.id
                               WHERE i2.name = 'Number of fly tipping incidents' LIMIT 1)
                  AND v.field = 'Q1' ORDER BY p.financial_year""").query().listOfRows();
        assertThat(series).extracting(r -> r.get("financial_year") + ":" + r.get("published_text"))
                .containsExactly("2017:123", "2018:102", "2019:90");
        assertThat(series).allSatisfy(r -> assertThat((String) r.get("series_rule")).contains("same name"));
    }

    @Test
    void councilTextIsKeptExactlyIncludingHtmlFragments() {
        String comment = db.sql("""
                SELECT e.comment FROM milestone_entry e JOIN milestone m ON m.id = e.milestone_id
                JOIN report r ON r.id = e.report_id WHERE r.slug = ? AND m.name = 'Commence scheme'""")
                .param(END_OF_YEAR_2018).query(String.class).single();
        assertThat(comment).startsWith("Works commenced on the following car park improvements during February 2019:")
                .contains("<ul style=\"list-style-type: none\">").contains("• Danilo Road (4 days)");
    }

    @Test
    void aBlankCellStaysBlankAndAWordStaysAWord() {
        // 003 line 58: universal credit claimants Q2 is printed "n/a"; nothing is stored as a number for it.
        Map<String, Object> v = value(END_OF_YEAR_2018, "Number of new universal credit claimants within the period", "Q2");
        assertThat(v.get("published_text")).isEqualTo("n/a");
        assertThat(v.get("count_value")).isNull();
        // 002 line 121: two counts are printed, so no count is claimed; the percentage is unambiguous.
        Map<String, Object> calls = value(END_OF_YEAR_2017, "Customer contact data", "Q1");
        assertThat(calls.get("published_text")).isEqualTo("Total: 24,745 Ans: 23,471 94.9%");
        assertThat(calls.get("count_value")).isNull();
        assertThat(decimal(calls.get("percent_value"))).isEqualByComparingTo("94.9");
    }

    @Test
    void everyReportRecordsItsMeetingAndSource() {
        List<String> reports = db.sql("SELECT slug || '|' || meeting_body || '|' || meeting_date || '|' || source_file"
                + " FROM report ORDER BY meeting_date").query(String.class).list();
        assertThat(reports).containsExactly(
                END_OF_YEAR_2017 + "|Cabinet|2018-06-14|sources/002_1195d91d600c9757.txt",
                END_OF_YEAR_2018 + "|Community Scrutiny Committee|2019-07-22|sources/003_c2fd677fd2d5bf7c.txt",
                Q1_2019 + "|Cabinet|2019-09-19|sources/004_0db5488618e439d2.txt",
                Q2_2019 + "|Community Scrutiny Committee|2019-11-26|sources/000_5d1cccfecc00889b.txt");
    }

    private Map<String, Object> value(String report, String indicator, String field) {
        return db.sql("""
                SELECT v.published_text, v.count_value, v.money_value, v.percent_value, e.source_table, e.source_line,
                       r.meeting_body, r.meeting_date, r.source_file
                FROM indicator_value v JOIN indicator_entry e ON e.id = v.indicator_entry_id
                JOIN indicator i ON i.id = e.indicator_id JOIN report r ON r.id = e.report_id
                WHERE r.slug = ? AND i.name = ? AND v.field = ?""").params(report, indicator, field).query().singleRow();
    }

    private List<String> fields(String report, String indicator) {
        return db.sql("""
                SELECT v.field FROM indicator_value v JOIN indicator_entry e ON e.id = v.indicator_entry_id
                JOIN indicator i ON i.id = e.indicator_id JOIN report r ON r.id = e.report_id
                WHERE r.slug = ? AND i.name = ?""").params(report, indicator).query(String.class).list();
    }

    private long reportId(String slug) {
        return db.sql("SELECT id FROM report WHERE slug = ?").param(slug).query(Long.class).single();
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString());
    }
}
