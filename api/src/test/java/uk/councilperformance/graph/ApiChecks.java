package uk.councilperformance.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import uk.councilperformance.TestData;
import uk.councilperformance.database.CountedStatements;
import uk.councilperformance.importing.Dataset;
import uk.councilperformance.importing.DatasetLoader;

/**
 * The journalist's API over real HTTP, against the bundled data, checked with figures from the seed reports.
 * Run on SQLite and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(CountedStatements.class)
abstract class ApiChecks {

    static final String END_OF_YEAR_2018 = "2019-07-22-community-scrutiny-end-of-year-2018-19";
    static final String Q1_2019 = "2019-09-19-cabinet-q1-2019-20";
    static final String Q2_2019 = "2019-11-26-community-scrutiny-q2-2019-20";

    @LocalServerPort
    int port;

    @Autowired
    DatasetLoader loader;

    HttpSyncGraphQlClient graphQl;

    @BeforeAll
    void load() {
        loader.load(Dataset.read(TestData.directory()));
        graphQl = HttpSyncGraphQlClient.builder(RestClient.builder().baseUrl("http://localhost:" + port + "/graphql")).build();
    }

    ClientGraphQlResponse run(String document) {
        return graphQl.document(document).executeSync();
    }

    <T> T field(String document, String path, Class<T> type) {
        ClientGraphQlResponse response = run(document);
        assertThat(response.getErrors()).as("errors of " + document).isEmpty();
        return response.field(path).toEntity(type);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(String document, String path) {
        ClientGraphQlResponse response = run(document);
        assertThat(response.getErrors()).as("errors of " + document).isEmpty();
        return (List<Map<String, Object>>) (List<?>) response.field(path).toEntityList(Map.class);
    }

    String indicatorId(String year, String text) {
        List<Map<String, Object>> found = list("{ indicators(filter: {year: \"" + year + "\", text: \"" + text + "\"}) {"
                + " edges { node { id } } } }", "indicators.edges");
        assertThat(found).as(text + " in " + year).hasSize(1);
        return (String) ((Map<?, ?>) found.get(0).get("node")).get("id");
    }

    @Test
    void aFigureComesAsPublishedTextWithItsNumbersAndItsSource() {
        // 003 line 59: Number of Discretionary Housing Payments awards, Q1 "100 cases £19,112.23"
        String id = indicatorId("2018/19", "Discretionary Housing Payments awards");
        Map<?, ?> value = field("{ node(id: \"" + id + "\") { ... on Indicator { value(field: Q1) {"
                + " field quarter publishedText count money percent"
                + " source { table line report { slug meeting { body date } sourceFile } } } } } }", "node.value", Map.class);
        assertThat(value.get("publishedText")).isEqualTo("100 cases £19,112.23");
        assertThat(((Number) value.get("count")).doubleValue()).isEqualTo(100.0);
        assertThat(((Number) value.get("money")).doubleValue()).isEqualTo(19112.23);
        assertThat(value.get("percent")).isNull();
        Map<?, ?> source = (Map<?, ?>) value.get("source");
        assertThat(source.get("line")).isEqualTo(59);
        assertThat((String) source.get("table")).contains("Performance indicators");
        Map<?, ?> report = (Map<?, ?>) source.get("report");
        assertThat(report.get("slug")).isEqualTo(END_OF_YEAR_2018);
        assertThat(report.get("sourceFile")).isEqualTo("sources/003_c2fd677fd2d5bf7c.txt");
        assertThat(report.get("meeting")).isEqualTo(Map.of("body", "Community Scrutiny Committee", "date", "2019-07-22"));
    }

    @Test
    void navigationGoesFromCouncilToPlansThemesIndicatorsAndMilestones() {
        List<Map<String, Object>> plans = list("{ council(slug: \"cannock-chase\") { name plans { financialYear key"
                + " themes { name indicators { name } projects { name milestones { name } } } } } }", "council.plans");
        assertThat(plans).extracting(p -> p.get("financialYear") + " " + p.get("key")).contains(
                "2017/18 customers-corporate", "2018/19 environment-partnerships-community-safety", "2019/20 promoting-prosperity");
        assertThat(plans.toString()).contains("Number of fly tipping incidents")
                .contains("Identify potential funding sources and submit bids for funding");
    }

    @Test
    void aQuarterShowsWhatWasReportedForIt() {
        Map<?, ?> quarter = field("{ quarter(year: \"2019/20\", quarter: Q1) { id label startDate endDate"
                + " reports { slug } summaryTables { table cells { rowIsTotal status publishedText } }"
                + " milestoneRatings { publishedSymbol status milestone { name } } } }", "quarter", Map.class);
        assertThat(quarter.get("label")).isEqualTo("Q1 2019/20 (April to June 2019)");
        assertThat(quarter.get("startDate")).isEqualTo("2019-04-01");
        assertThat(quarter.get("endDate")).isEqualTo("2019-06-30");
        assertThat(quarter.get("reports").toString()).contains(Q1_2019);
        // 004 section 5.5, TOTAL row: 20 (50%) completed of 40
        assertThat(quarter.get("summaryTables").toString()).contains("Section 5.5")
                .contains("{rowIsTotal=true, status=completed, publishedText=20 (50%)}");
        assertThat(quarter.get("milestoneRatings").toString())
                .contains("{publishedSymbol=Δ, status=SERIOUSLY_BEHIND, milestone={name=Identify potential funding sources and submit bids for funding}}");
    }

    @Test
    void milestonesFilterByQuarterAndRatingOnTheCommonScale() {
        List<Map<String, Object>> behind = list("{ milestones(filter: {year: \"2019/20\", quarter: Q1, status: SERIOUSLY_BEHIND},"
                + " first: 100) { totalCount edges { node { name dueQuarter overdue slipped"
                + " ratings { quarter publishedSymbol schemeLabel status statusLabel source { report { slug } line } } } } } }",
                "milestones.edges");
        Map<?, ?> bids = behind.stream().map(e -> (Map<?, ?>) e.get("node"))
                .filter(n -> n.get("name").equals("Identify potential funding sources and submit bids for funding"))
                .findFirst().orElseThrow();
        Map<?, ?> q1 = (Map<?, ?>) ((List<?>) bids.get("ratings")).get(0);
        assertThat(q1.get("publishedSymbol")).isEqualTo("Δ");
        assertThat(q1.get("statusLabel")).isEqualTo("Seriously behind");
        assertThat((String) q1.get("schemeLabel")).startsWith("Action > 3 months / 1 Quarter behind schedule");
        assertThat(bids.get("dueQuarter")).isEqualTo("Q3");
        assertThat(bids.get("slipped")).isEqualTo(true);
        assertThat(behind).allSatisfy(e -> assertThat(e.get("node").toString()).contains("status=SERIOUSLY_BEHIND"));
    }

    @Test
    void aQuarterALaterReportLeavesBlankKeepsTheRatingAnEarlierReportGaveIt() {
        // 004 line 284 prints "✓ ✓" in Q1 for two milestones in one cell; the Q2 update (000 line 354) prints the
        // first of them again with its Q1 column blank (the symbol was a picture). The Q1 tick still stands.
        List<Map<String, Object>> found = list("{ milestones(filter: {year: \"2019/20\", text: \"Local Strategic Partnership\"}) {"
                + " edges { node { name status ratings { quarter publishedSymbol source { line report { slug } } }"
                + " entries { report { slug } } } } } }", "milestones.edges");
        assertThat(found).hasSize(1);
        Map<?, ?> node = (Map<?, ?>) found.get(0).get("node");
        assertThat(node.get("name")).isEqualTo("Local Strategic Partnership – Agenda Item for discussion");
        assertThat(node.get("entries").toString()).contains(Q1_2019).contains(Q2_2019);
        assertThat(node.get("ratings")).isEqualTo(List.of(Map.of("quarter", "Q1", "publishedSymbol", "✓",
                "source", Map.of("line", 284, "report", Map.of("slug", Q1_2019)))));
        assertThat(node.get("status")).isEqualTo("COMPLETED");
        // The quarter's own view says the same.
        List<Map<String, Object>> q1 = list("{ milestones(filter: {year: \"2019/20\", quarter: Q1, status: COMPLETED,"
                + " text: \"Local Strategic Partnership\"}) { edges { node { name } } } }", "milestones.edges");
        assertThat(q1).hasSize(1);
    }

    @Test
    void listsAreCursorConnectionsWithAStableOrder() {
        Map<?, ?> first = field("{ indicators(first: 5) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }"
                + " edges { cursor node { id } } } }", "indicators", Map.class);
        int total = (Integer) first.get("totalCount");
        assertThat(total).isGreaterThan(50);
        Map<?, ?> info = (Map<?, ?>) first.get("pageInfo");
        assertThat(info.get("hasNextPage")).isEqualTo(true);
        assertThat(info.get("hasPreviousPage")).isEqualTo(false);
        Map<?, ?> second = field("{ indicators(first: 5, after: \"" + info.get("endCursor") + "\") { totalCount"
                + " pageInfo { hasPreviousPage } edges { node { id } } } }", "indicators", Map.class);
        assertThat(second.get("totalCount")).isEqualTo(total);
        assertThat(((Map<?, ?>) second.get("pageInfo")).get("hasPreviousPage")).isEqualTo(true);
        List<Object> a = ((List<?>) first.get("edges")).stream().map(e -> (Object) ((Map<?, ?>) e).get("node")).toList();
        List<Object> b = ((List<?>) second.get("edges")).stream().map(e -> (Object) ((Map<?, ?>) e).get("node")).toList();
        assertThat(b).hasSize(5).doesNotContainAnyElementsOf(a);
        Map<?, ?> again = field("{ indicators(first: 10) { edges { node { id } } } }", "indicators", Map.class);
        List<Object> both = new java.util.ArrayList<>(a);
        both.addAll(b);
        assertThat(((List<?>) again.get("edges")).stream().map(e -> (Object) ((Map<?, ?>) e).get("node")).toList())
                .containsExactlyElementsOf(both);
    }

    @Test
    void indicatorFiltersNarrowTheList() {
        int all = field("{ indicators(filter: {year: \"2018/19\"}) { totalCount } }", "indicators.totalCount", Integer.class);
        int annual = field("{ indicators(filter: {year: \"2018/19\", frequency: \"A\"}) { totalCount } }",
                "indicators.totalCount", Integer.class);
        int withTarget = field("{ indicators(filter: {year: \"2018/19\", hasTarget: true}) { totalCount } }",
                "indicators.totalCount", Integer.class);
        int withoutTarget = field("{ indicators(filter: {year: \"2018/19\", hasTarget: false}) { totalCount } }",
                "indicators.totalCount", Integer.class);
        assertThat(annual).isPositive().isLessThan(all);
        assertThat(withTarget + withoutTarget).isEqualTo(all);
        List<Map<String, Object>> annualOnes = list("{ indicators(filter: {year: \"2018/19\", frequency: \"A\"}, first: 100) {"
                + " edges { node { name frequency } } } }", "indicators.edges");
        assertThat(annualOnes.toString()).contains("Increased number of referrals to the Community Safety Hub");
        assertThat(annualOnes).allSatisfy(e -> assertThat(((Map<?, ?>) e.get("node")).get("frequency")).isEqualTo("A"));
    }

    @Test
    void publishedSummaryCountsStandBesideComputedOnesWithDisagreementsFlagged() {
        // 003 line 21: 2018/19 annual, 28 completed published; only 24 ticks survive in the text.
        List<Map<String, Object>> tables = list("{ summaryTables(filter: {report: \"" + END_OF_YEAR_2018 + "\", discrepancy: true}) {"
                + " table period hasDiscrepancy cells { status publishedText publishedCount computedCount discrepancy } } }",
                "summaryTables");
        assertThat(tables).isNotEmpty().allSatisfy(t -> assertThat(t.get("hasDiscrepancy")).isEqualTo(true));
        assertThat(tables.toString()).contains("status=completed, publishedText=28 (87.5%), publishedCount=28, computedCount=24, discrepancy=true");
    }

    @Test
    void milestoneCountsGroupByPlanAndQuarter() {
        List<Map<String, Object>> counts = list("{ milestoneCounts(groupBy: [PLAN, QUARTER], filter: {year: \"2019/20\"}) {"
                + " plan { key } financialYear quarter status count } }", "milestoneCounts");
        assertThat(counts).isNotEmpty().allSatisfy(c -> assertThat(c.get("financialYear")).isEqualTo("2019/20"));
        int seriouslyBehindQ1 = counts.stream().filter(c -> "Q1".equals(c.get("quarter")) && "SERIOUSLY_BEHIND".equals(c.get("status")))
                .mapToInt(c -> (Integer) c.get("count")).sum();
        int viaFilter = field("{ milestones(filter: {year: \"2019/20\", quarter: Q1, status: SERIOUSLY_BEHIND}) { totalCount } }",
                "milestones.totalCount", Integer.class);
        assertThat(seriouslyBehindQ1).isPositive().isEqualTo(viaFilter);
    }

    @Test
    void anIndicatorSeriesRunsAcrossThreeYearsWithEachYearsName() {
        // Fly tipping Q1: 2017/18 "123" (002 line 326), 2018/19 "102" (003 line 62), 2019/20 "90" (004 line 278)
        String id = indicatorId("2019/20", "fly tipping");
        List<Map<String, Object>> points = list("{ node(id: \"" + id + "\") { ... on Indicator { series {"
                + " points(field: Q1) { financialYear name linkRule value { publishedText } } } } } }", "node.series.points");
        assertThat(points).extracting(p -> p.get("financialYear") + ":" + ((Map<?, ?>) p.get("value")).get("publishedText"))
                .containsExactly("2017/18:123", "2018/19:102", "2019/20:90");
        assertThat(points).allSatisfy(p -> assertThat((String) p.get("linkRule")).contains("same name"));
    }

    @Test
    void revisionsShowEveryObservationAndWhichChanged() {
        // CPNWs: last year's outturn "N/A" in 004 line 261, "36" in 000 line 328.
        String id = indicatorId("2019/20", "Community Protection Notice Warnings");
        List<Map<String, Object>> revisions = list("{ node(id: \"" + id + "\") { ... on Indicator {"
                + " revisions(field: LAST_YEAR_OUTTURN) { publishedText revised source { report { slug } } } } } }",
                "node.revisions");
        assertThat(revisions).extracting(r -> r.get("publishedText") + ":" + r.get("revised"))
                .containsExactly("N/A:false", "36:true");
        assertThat(revisions.get(1).toString()).contains(Q2_2019);
        Map<?, ?> current = field("{ node(id: \"" + id + "\") { ... on Indicator { value(field: LAST_YEAR_OUTTURN) { publishedText } } } }",
                "node.value", Map.class);
        assertThat(current.get("publishedText")).isEqualTo("36");
    }

    @Test
    void revisedOnlyKeepsEveryObservationOfTheFiguresThatWereRevisedAndNoOther() {
        String id = indicatorId("2019/20", "Community Protection Notice Warnings");
        String shape = "{ node(id: \"" + id + "\") { ... on Indicator { %s { field publishedText revised } } } }";
        List<Map<String, Object>> all = list(String.format(shape, "revisions"), "node.revisions");
        List<Map<String, Object>> revisedOnly = list(String.format(shape, "revisions(revisedOnly: true)"), "node.revisions");
        java.util.Set<Object> revisedFields = new java.util.HashSet<>();
        all.stream().filter(r -> Boolean.TRUE.equals(r.get("revised"))).forEach(r -> revisedFields.add(r.get("field")));
        assertThat(revisedFields).contains("LAST_YEAR_OUTTURN");
        assertThat(revisedOnly).isEqualTo(all.stream().filter(r -> revisedFields.contains(r.get("field"))).toList());
        assertThat(revisedOnly).extracting(r -> r.get("field") + ":" + r.get("publishedText"))
                .contains("LAST_YEAR_OUTTURN:N/A", "LAST_YEAR_OUTTURN:36");
        assertThat(revisedOnly).hasSizeLessThan(all.size());
    }

    @Test
    void changesBetweenTwoQuartersListRatingsAndValues() {
        Map<?, ?> changes = field("{ changes(from: {year: \"2019/20\", quarter: Q1}, to: {year: \"2019/20\", quarter: Q2}) {"
                + " from { label } to { label } valueChanges { indicator { name } from { publishedText } to { publishedText } }"
                + " ratingChanges { milestone { name } from { status } to { status } } ratingChangeCount valueChangeCount } }",
                "changes", Map.class);
        assertThat(((Map<?, ?>) changes.get("to")).get("label")).isEqualTo("Q2 2019/20 (July to September 2019)");
        assertThat(changes.get("valueChanges").toString()).contains("indicator={name=Number of fly tipping incidents}, from={publishedText=90}");
        // The Q1 report shows 21 rating symbols (the rest were pictures, lost); the Q2 update rates one milestone in
        // Q2 ("Project Plan developed...", ●) that had no Q1 rating, and prints its two Q1 ticks as Q1 did.
        assertThat((List<?>) changes.get("ratingChanges")).hasSize(22);
        assertThat(changes.get("ratingChangeCount")).isEqualTo(22);
        assertThat((List<?>) changes.get("valueChanges")).hasSize(14);
        assertThat(changes.get("valueChangeCount")).isEqualTo(14);
    }

    @Test
    void everyPairOfQuartersCountsExactlyTheChangesItLists() {
        // The counts are made without the lists (ChangesController): they must still be the lists' lengths.
        List<?> years = field("{ financialYears { label quarters { quarter } } }", "financialYears", List.class);
        List<String[]> quarters = new java.util.ArrayList<>();
        for (Object year : years) {
            for (Object quarter : (List<?>) ((Map<?, ?>) year).get("quarters")) {
                quarters.add(new String[] {(String) ((Map<?, ?>) year).get("label"), (String) ((Map<?, ?>) quarter).get("quarter")});
            }
        }
        int values = 0;
        for (int i = 1; i < quarters.size(); i++) {
            String[] a = quarters.get(i - 1);
            String[] b = quarters.get(i);
            Map<?, ?> changes = field(String.format("{ changes(from: {year: \"%s\", quarter: %s}, to: {year: \"%s\", quarter: %s}) {"
                    + " ratingChangeCount valueChangeCount ratingChanges { milestone { id } } valueChanges { indicator { id } } } }",
                    a[0], a[1], b[0], b[1]), "changes", Map.class);
            String pair = a[0] + " " + a[1] + " to " + b[0] + " " + b[1];
            assertThat(changes.get("valueChangeCount")).as(pair).isEqualTo(((List<?>) changes.get("valueChanges")).size());
            assertThat(changes.get("ratingChangeCount")).as(pair).isEqualTo(((List<?>) changes.get("ratingChanges")).size());
            values += (Integer) changes.get("valueChangeCount");
        }
        assertThat(quarters).hasSizeGreaterThan(4);
        assertThat(values).isPositive();
    }

    @Test
    void comparingManyPairsOfQuartersInOneRequestReadsEachYearOnce() {
        // Aliases make each document new to the answer cache, so every run below runs its query.
        String pair = "%s: changes(from: {year: \"%s\", quarter: %s}, to: {year: \"%s\", quarter: %s}) {"
                + " ratingChanges { milestone { id } from { status } to { status } } valueChanges { indicator { id } to { publishedText } } }";
        String[][] pairs = {{"2018/19", "Q4", "2019/20", "Q1"}, {"2019/20", "Q1", "2019/20", "Q2"}, {"2018/19", "Q3", "2018/19", "Q4"}};
        List<Object> alone = new java.util.ArrayList<>();
        long firstAlone = 0;
        for (int i = 0; i < pairs.length; i++) {
            String[] p = pairs[i];
            long before = CountedStatements.statements.executed();
            alone.add(field("{ " + String.format(pair, "alone" + i, p[0], p[1], p[2], p[3]) + " }", "alone" + i, Map.class));
            if (i == 0) {
                firstAlone = CountedStatements.statements.executed() - before;
            }
        }
        StringBuilder together = new StringBuilder("{ ");
        for (int i = 0; i < pairs.length; i++) {
            String[] p = pairs[i];
            together.append(String.format(pair, "together" + i, p[0], p[1], p[2], p[3])).append(' ');
        }
        long before = CountedStatements.statements.executed();
        ClientGraphQlResponse response = run(together.append('}').toString());
        long togetherStatements = CountedStatements.statements.executed() - before;
        assertThat(response.getErrors()).isEmpty();
        for (int i = 0; i < pairs.length; i++) {
            assertThat(response.field("together" + i).toEntity(Map.class)).as("pair %d", i).isEqualTo(alone.get(i));
        }
        assertThat((List<?>) ((Map<?, ?>) alone.get(1)).get("ratingChanges")).isNotEmpty();
        // The first pair spans both years; the other two find their years already read in this request.
        assertThat(firstAlone).isPositive();
        assertThat(togetherStatements).isEqualTo(firstAlone);
    }

    @Test
    void everyObjectHasAStablePermalinkId() {
        String id = indicatorId("2019/20", "fly tipping");
        assertThat(id).startsWith("Indicator:cannock-chase:2019:");
        assertThat(field("{ node(id: \"" + id + "\") { id ... on Indicator { name financialYear plan { id key } } } }",
                "node", Map.class).toString()).contains("name=Number of fly tipping incidents").contains("financialYear=2019/20");
        String planId = field("{ node(id: \"" + id + "\") { ... on Indicator { plan { id } } } }", "node.plan.id", String.class);
        assertThat(field("{ node(id: \"" + planId + "\") { __typename id } }", "node", Map.class))
                .containsEntry("__typename", "Plan").containsEntry("id", planId);
        assertThat(field("{ node(id: \"Report:" + Q1_2019 + "\") { __typename ... on Report { title } } }", "node.title", String.class))
                .isEqualTo("Quarter 1 Performance Report 2019/20");
        Object missing = run("{ node(id: \"Plan:cannock-chase:2019:no-such-plan\") { id } }").field("node").getValue();
        assertThat(missing).isNull();
    }

    @Test
    void aBadIdOrFilterValueIsAClearErrorNotAServerFault() {
        assertBadRequest("{ node(id: \"not an id\") { id } }", "id");
        assertBadRequest("{ node(id: \"Indicator:cannock-chase\") { id } }", "id");
        assertBadRequest("{ node(id: \"FinancialYear:1\") { id } }", "id");
        assertBadRequest("{ node(id: \"QuarterPeriod:99999:Q1\") { id } }", "id");
        assertBadRequest("{ indicators(filter: {year: \"2019/2x\"}) { totalCount } }", "filter.year");
        assertBadRequest("{ quarter(year: \"0000/01\", quarter: Q1) { label } }", "year");
        assertBadRequest("{ indicators(first: 1000) { totalCount } }", "first");
        assertBadRequest("{ milestones(after: \"bogus\") { totalCount } }", "after");
        ClientGraphQlResponse badEnum = run("{ milestones(filter: {status: LATE}) { totalCount } }");
        assertThat(badEnum.getErrors()).isNotEmpty();
        assertThat(badEnum.getErrors().get(0).getMessage()).contains("LATE");
    }

    private void assertBadRequest(String document, String argument) {
        ClientGraphQlResponse response = run(document);
        assertThat(response.getErrors()).as(document).hasSize(1);
        ResponseError error = response.getErrors().get(0);
        assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
        assertThat(error.getMessage()).startsWith(argument + ":");
    }

    @Test
    void aQueryCostsTheSameSqlWhateverItsSize() {
        String shape = "{ plans(filter: %s, first: 100) { totalCount edges { node { title council { name } ratingScheme { key }"
                + " entries { appendix report { slug } } themes { name indicators { name frequency series { key }"
                + " values { publishedText source { line report { slug } } } revisions { publishedText } entries { note } }"
                + " projects { name milestones { name status due overdue slipped ratings { status source { report { slug } } }"
                + " entries { comment report { slug } } } } } } } } }";
        long before = CountedStatements.statements.executed();
        run(String.format(shape, "{year: \"2019/20\", plan: \"corporate\"}"));
        long onePlan = CountedStatements.statements.executed() - before;
        before = CountedStatements.statements.executed();
        run(String.format(shape, "{}"));
        long allPlans = CountedStatements.statements.executed() - before;
        assertThat(onePlan).isPositive();
        assertThat(allPlans).isEqualTo(onePlan);
        List<?> plans = list(String.format(shape, "{}"), "plans.edges");
        assertThat(plans).hasSizeGreaterThan(5);
    }

    @Test
    void tooDeepOrTooCostlyQueriesAreRefusedWithAClearErrorAndEveryAnswerShowsItsCost() {
        ClientGraphQlResponse ok = run("{ reports { slug } }");
        assertThat(ok.getErrors()).isEmpty();
        Map<?, ?> cost = (Map<?, ?>) ok.getExtensions().get("cost");
        assertThat(cost.get("cost")).isEqualTo(2);
        assertThat(cost.get("depth")).isEqualTo(2);

        // 17 levels: indicators > edges > node > plan > themes > indicators > series > indicators > theme > plan
        // > themes > projects > milestones > project > plan > themes > name
        String[] path = {"indicators(first: 1)", "edges", "node", "plan", "themes", "indicators", "series", "indicators",
                "theme", "plan", "themes", "projects", "milestones", "project", "plan", "themes"};
        String deep = "{ " + String.join(" { ", path) + " { name" + " }".repeat(path.length) + " }";
        ClientGraphQlResponse tooDeep = run(deep);
        assertThat(tooDeep.getErrors()).hasSize(1);
        assertThat(tooDeep.getErrors().get(0).getMessage()).startsWith("query too deep: depth 17 is more than the limit of 15");
        Object nothing = tooDeep.field("indicators").getValue();
        assertThat(nothing).isNull();

        StringBuilder flood = new StringBuilder("{");
        for (int i = 0; i < 300; i++) {
            flood.append(" a").append(i).append(": indicators(first: 100) { edges { node { name } } }");
        }
        ClientGraphQlResponse aliases = run(flood.append(" }").toString());
        assertThat(aliases.getErrors()).hasSize(1);
        assertThat(aliases.getErrors().get(0).getMessage()).startsWith("query too costly: cost");

        ClientGraphQlResponse cycle = run("{ reports { ...A } } fragment A on Report { council { reports { ...A } } }");
        assertThat(cycle.getErrors()).isNotEmpty();
        assertThat(cycle.getErrors().get(0).getMessage()).contains("A");

        ClientGraphQlResponse introspection = run(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY);
        assertThat(introspection.getErrors()).as("GraphiQL's introspection query still works").isEmpty();
    }

    /**
     * Search answers from its index exactly what a plain "contains" over the stored tables gives: for words of every
     * length (the index takes three characters or more), with LIKE's wildcards and quotes taken literally, in names,
     * values, notes and commentary, including after a report is stored again.
     */
    @Test
    void searchFindsExactlyWhatTheStoredTextContains() {
        List<String> texts = List.of("homeless", "concern cards", "Q4", "sa", "%", "100_", "\"see", "fly tipping", "ctv",
                "Сannock", "£27,829", "zzzz not there");
        for (int round = 0; round < 2; round++) {
            for (String text : texts) {
                String like = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                assertThat(ids("indicators", text)).as("indicators containing " + text).isEqualTo(stored("""
                        SELECT i.id FROM indicator i WHERE LOWER(i.name) LIKE :t ESCAPE '\\'
                          OR LOWER(COALESCE(i.breakdown, '')) LIKE :t ESCAPE '\\'
                          OR EXISTS (SELECT 1 FROM indicator_entry e LEFT JOIN indicator_value v ON v.indicator_entry_id = e.id
                            WHERE e.indicator_id = i.id AND (LOWER(COALESCE(v.published_text, '')) LIKE :t ESCAPE '\\'
                              OR LOWER(COALESCE(e.note, '')) LIKE :t ESCAPE '\\' OR LOWER(COALESCE(e.assessment, '')) LIKE :t ESCAPE '\\'))""",
                        like));
                assertThat(ids("milestones", text)).as("milestones containing " + text).isEqualTo(stored("""
                        SELECT m.id FROM milestone m JOIN project pr ON pr.id = m.project_id WHERE LOWER(m.name) LIKE :t ESCAPE '\\'
                          OR LOWER(pr.name) LIKE :t ESCAPE '\\' OR LOWER(COALESCE(pr.approach, '')) LIKE :t ESCAPE '\\'
                          OR EXISTS (SELECT 1 FROM milestone_entry e WHERE e.milestone_id = m.id
                            AND LOWER(COALESCE(e.comment, '')) LIKE :t ESCAPE '\\')""", like));
                assertThat(ids("projects", text)).as("projects containing " + text).isEqualTo(stored("""
                        SELECT pr.id FROM project pr WHERE LOWER(pr.name) LIKE :t ESCAPE '\\'
                          OR LOWER(COALESCE(pr.approach, '')) LIKE :t ESCAPE '\\' OR LOWER(COALESCE(pr.outcomes, '')) LIKE :t ESCAPE '\\'""",
                        like));
            }
            assertThat(ids("milestones", "concern cards")).as("a search that finds something").isNotEmpty();
            // Store every report again (as an import with --replace would), and search again.
            db.sql("UPDATE report SET canonical_sha256 = 'stale'").update();
            loader.load(Dataset.read(TestData.directory()));
        }
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient db;

    @Autowired
    uk.councilperformance.indicators.Indicators indicators;

    @Autowired
    uk.councilperformance.projects.Projects projects;

    /** The global ids (as the API gives them) of the rows a query selects. */
    private java.util.Set<String> stored(String sql, String like) {
        List<Long> rows = db.sql(sql).param("t", like).query(Long.class).list();
        java.util.Set<String> ids = new java.util.TreeSet<>();
        if (sql.contains("FROM indicator i")) {
            indicators.byIds(rows).forEach(i -> ids.add(i.id()));
        } else if (sql.contains("FROM milestone m")) {
            projects.milestones("m.id", rows).forEach(m -> ids.add(m.id()));
        } else {
            projects.projects("pr.id", rows).forEach(p -> ids.add(p.id()));
        }
        assertThat(ids).hasSize(rows.size());
        return ids;
    }

    /** The global ids of everything the API finds, every page of it. */
    private java.util.Set<String> ids(String field, String text) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        String after = null;
        do {
            ClientGraphQlResponse response = graphQl.document("query($t: String!, $after: String) { " + field
                    + "(filter: {text: $t}, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }")
                    .variable("t", text).variable("after", after).executeSync();
            assertThat(response.getErrors()).as("errors searching " + text).isEmpty();
            Map<?, ?> page = response.field(field).toEntity(Map.class);
            for (Object edge : (List<?>) page.get("edges")) {
                found.add((String) ((Map<?, ?>) ((Map<?, ?>) edge).get("node")).get("id"));
            }
            Map<?, ?> info = (Map<?, ?>) page.get("pageInfo");
            after = Boolean.TRUE.equals(info.get("hasNextPage")) ? (String) info.get("endCursor") : null;
        } while (after != null);
        return found;
    }
}
