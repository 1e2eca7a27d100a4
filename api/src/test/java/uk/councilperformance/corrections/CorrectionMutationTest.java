package uk.councilperformance.corrections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import uk.councilperformance.TemporaryFolders;
import uk.councilperformance.TestData;
import uk.councilperformance.importing.Dataset;
import uk.councilperformance.importing.DatasetLoader;

/**
 * Officers' corrections over real HTTP GraphQL, on the bundled data in a real SQLite file: reads need no
 * credential, every mutation needs an officer's, and a correction is a new observation with who, when and why,
 * shown last in the revision history while the published rows stay exactly as imported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionMutationTest {

    static final Path folder = TemporaryFolders.create("corrections-api");
    static final String PASSWORD = "correct horse battery staple";
    static final String Q1_REPORT = "2019-09-19-cabinet-q1-2019-20";
    static final String Q2_REPORT = "2019-11-26-community-scrutiny-q2-2019-20";
    static final String MADE_AT = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

    static final String CORRECT_VALUE = """
            mutation($input: IndicatorValueCorrection!) {
              correctIndicatorValue(input: $input) {
                field quarter publishedText count revised
                source { report { slug } table correction { officer reason madeAt } }
              }
            }""";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("council.database", () -> folder.resolve("api.db").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    DatasetLoader loader;

    @Autowired
    Officers officers;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient db;

    HttpSyncGraphQlClient anonymous;
    HttpSyncGraphQlClient officer;

    @BeforeAll
    void load() {
        loader.load(Dataset.read(TestData.directory()));
        officers.add("jsmith", "Jo Smith", passwords.encode(PASSWORD), MadeAt.now());
        officers.add("retired", "Former Officer", passwords.encode(PASSWORD), MadeAt.now());
        officers.disable("retired");
        anonymous = client(null, null);
        officer = client("jsmith", PASSWORD);
    }

    HttpSyncGraphQlClient client(String username, String password) {
        return HttpSyncGraphQlClient.builder(rest(username, password)).build();
    }

    RestClient.Builder rest(String username, String password) {
        RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port + "/graphql");
        return username == null ? builder : builder.defaultHeaders(h -> h.setBasicAuth(username, password));
    }

    @Test
    void anAnonymousMutationIsRefusedAsUnauthorizedAndWritesNothing() {
        int before = corrections();
        ClientGraphQlResponse response = anonymous.document(CORRECT_VALUE)
                .variable("input", valueCorrection("Q1", "96", "Recount")).executeSync();
        assertThat(response.getErrors()).hasSize(1);
        assertThat(response.getErrors().get(0).getExtensions()).containsEntry("classification", "UNAUTHORIZED");
        assertThat((Object) response.field("correctIndicatorValue").getValue()).isNull();
        assertThat(corrections()).isEqualTo(before);
    }

    @Test
    void aWrongPasswordOrADisabledOfficerIsRefusedBeforeAnyQueryRuns() {
        int before = corrections();
        for (RestClient client : List.of(rest("jsmith", "not the password").build(), rest("nobody", PASSWORD).build(),
                rest("retired", PASSWORD).build())) {
            assertThatThrownBy(() -> client.post().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("query", "{ councils { slug } }")).retrieve().toBodilessEntity())
                    .isInstanceOf(HttpClientErrorException.Unauthorized.class)
                    // No challenge: a browser must never prompt for, cache and replay an officer's credentials.
                    .satisfies(e -> assertThat(((HttpClientErrorException) e).getResponseHeaders()
                            .getFirst("WWW-Authenticate")).isNull());
        }
        assertThat(corrections()).isEqualTo(before);
    }

    @Test
    void readsNeedNoCredentialAndWorkWithOne() {
        for (HttpSyncGraphQlClient client : List.of(anonymous, officer)) {
            var reports = client.document("{ reports { slug } }").executeSync().field("reports").toEntityList(Map.class);
            assertThat(reports).hasSize(4);
        }
    }

    @Test
    void thereIsNoLoginPageAndNoSession() {
        RestClient site = RestClient.builder().baseUrl("http://localhost:" + port).build();
        assertThatThrownBy(() -> site.get().uri("/login").retrieve().toBodilessEntity())
                .isInstanceOf(HttpClientErrorException.NotFound.class);
        var response = rest("jsmith", PASSWORD).build().post().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("query", "{ councils { slug } }")).retrieve().toEntity(String.class);
        assertThat(response.getBody()).contains("cannock-chase");
        assertThat(response.getHeaders().get("Set-Cookie")).isNull();
    }

    @Test
    void passwordsAreStoredOnlyAsBCryptHashes() {
        String hash = db.sql("SELECT password_hash FROM officer WHERE username = 'jsmith'").query(String.class).single();
        assertThat(hash).isNotEqualTo(PASSWORD).doesNotContain(PASSWORD).startsWith("$2");
        assertThat(passwords.matches(PASSWORD, hash)).isTrue();
    }

    @Test
    void anOfficerCorrectsTheFlyTippingQ1FigureAsANewObservation() {
        List<Map<String, Object>> published = db.sql("SELECT * FROM indicator_value ORDER BY id").query().listOfRows();
        String id = flyTipping();
        String reason = "Example correction: the Q1 count was re-run after late returns";

        Map<String, Object> corrected = officer.document(CORRECT_VALUE).variable("input", Map.of("indicator", id, "field", "Q1",
                "publishedText", "96", "reason", reason)).executeSync().field("correctIndicatorValue").toEntity(Map.class);
        assertThat(corrected).containsEntry("field", "Q1").containsEntry("quarter", "Q1")
                .containsEntry("publishedText", "96").containsEntry("count", 96.0).containsEntry("revised", true);
        Map<String, Object> source = map(corrected.get("source"));
        // The report defaults to the latest that printed the indicator.
        assertThat(source.get("report")).isEqualTo(Map.of("slug", Q2_REPORT));
        Map<String, Object> correction = map(source.get("correction"));
        assertThat(correction).containsEntry("officer", "Jo Smith").containsEntry("reason", reason);
        assertThat((String) correction.get("madeAt")).matches(MADE_AT);

        Map<String, Object> indicator = officer.document("""
                query($id: ID!) { node(id: $id) { ... on Indicator {
                  value(field: Q1) { publishedText source { correction { officer reason madeAt } } }
                  revisions(field: Q1) { publishedText revised source { report { slug } correction { officer } } }
                } } }""").variable("id", id).executeSync().field("node").toEntity(Map.class);
        assertThat(indicator.get("value")).isEqualTo(Map.of("publishedText", "96", "source", Map.of("correction", correction)));
        assertThat(indicator.get("revisions")).isEqualTo(List.of(
                revision("90", false, Q1_REPORT, null),
                revision("90", false, Q2_REPORT, null),
                revision("96", true, Q2_REPORT, Map.of("officer", "Jo Smith"))));

        assertThat(db.sql("SELECT * FROM indicator_value ORDER BY id").query().listOfRows()).isEqualTo(published);
        assertThat(db.sql("""
                SELECT c.kind || ' ' || c.field || ' ' || c.published_text || ' ' || r.slug || ' ' || o.username
                FROM correction c JOIN officer o ON o.id = c.officer_id JOIN report r ON r.id = c.report_id
                WHERE c.indicator_id = (SELECT indicator_id FROM correction WHERE published_text = '96')""")
                .query(String.class).list()).containsExactly("indicator-value Q1 96 " + Q2_REPORT + " jsmith");
    }

    @Test
    void aFigureNoReportPrintedCountsAsAValueChangeOnceAnOfficerGivesIt() {
        String changes = "{ changes(from: {year: \"2019/20\", quarter: Q2}, to: {year: \"2019/20\", quarter: Q3}) {"
                + " valueChangeCount valueChanges { indicator { id } from { publishedText } to { publishedText } } } }";
        Map<?, ?> before = anonymous.document(changes).executeSync().field("changes").toEntity(Map.class);
        // An indicator with a Q2 figure other than fly tipping, whose corrections another test counts.
        String id = anonymous.document("{ changes(from: {year: \"2019/20\", quarter: Q1}, to: {year: \"2019/20\", quarter: Q2})"
                + " { valueChanges { indicator { id } } } }").executeSync().field("changes.valueChanges").toEntityList(Map.class)
                .stream().map(change -> (String) map(change.get("indicator")).get("id")).filter(i -> !i.equals(flyTipping()))
                .findFirst().orElseThrow();
        assertThat(before.get("valueChanges").toString()).doesNotContain(id);

        officer.document(CORRECT_VALUE).variable("input", Map.of("indicator", id, "field", "Q3", "publishedText", "101",
                "reason", "Example correction: the Q3 count, which no report has printed yet")).executeSync()
                .field("correctIndicatorValue").toEntity(Map.class);

        Map<?, ?> after = anonymous.document(changes).executeSync().field("changes").toEntity(Map.class);
        List<?> listed = (List<?>) after.get("valueChanges");
        assertThat(after.get("valueChangeCount")).isEqualTo((Integer) before.get("valueChangeCount") + 1).isEqualTo(listed.size());
        assertThat(listed.toString()).contains("{indicator={id=" + id + "}, from={publishedText=").contains("to={publishedText=101}");
    }

    @Test
    void aFigureForTheLaterQuarterAloneIsNoValueChange() {
        String changes = "{ changes(from: {year: \"2019/20\", quarter: Q1}, to: {year: \"2019/20\", quarter: Q2}) {"
                + " valueChangeCount valueChanges { indicator { id } } } }";
        Map<?, ?> before = anonymous.document(changes).executeSync().field("changes").toEntity(Map.class);
        // An indicator with no Q1 figure and no Q2 figure: given a Q2 figure, it still has nothing to compare.
        String id = anonymous.document("{ indicators(filter: {year: \"2019/20\"}, first: 100) { edges { node { id values { field } } } } }")
                .executeSync().field("indicators.edges").toEntityList(Map.class).stream().map(edge -> map(edge.get("node")))
                .filter(node -> !node.get("values").toString().contains("Q1") && !node.get("values").toString().contains("Q2"))
                .map(node -> (String) node.get("id")).findFirst().orElseThrow();

        officer.document(CORRECT_VALUE).variable("input", Map.of("indicator", id, "field", "Q2", "publishedText", "7",
                "reason", "Example correction: a Q2 figure with no Q1 figure before it")).executeSync()
                .field("correctIndicatorValue").toEntity(Map.class);

        Map<?, ?> after = anonymous.document(changes).executeSync().field("changes").toEntity(Map.class);
        assertThat(after.get("valueChangeCount")).isEqualTo(before.get("valueChangeCount"));
        assertThat(after.get("valueChanges").toString()).doesNotContain(id);
    }

    @Test
    void anOfficerCorrectsAMilestoneRatingTheTextLost() {
        List<Map<String, Object>> published = db.sql("SELECT * FROM milestone_rating ORDER BY id").query().listOfRows();
        String id = s106ProjectManager();
        String reason = "Example correction: the Q1 symbol was lost from the text; the printed total counts 2 Δ";

        Map<String, Object> rating = officer.document("""
                mutation($input: MilestoneRatingCorrection!) { correctMilestoneRating(input: $input) {
                  quarter financialYear status statusLabel publishedSymbol milestone { id }
                  source { report { slug } correction { officer reason madeAt } } } }""")
                .variable("input", Map.of("milestone", id, "report", Q1_REPORT, "quarter", "Q1",
                        "status", "SERIOUSLY_BEHIND", "reason", reason))
                .executeSync().field("correctMilestoneRating").toEntity(Map.class);
        assertThat(rating).containsEntry("quarter", "Q1").containsEntry("financialYear", "2019/20")
                .containsEntry("status", "SERIOUSLY_BEHIND").containsEntry("statusLabel", "Seriously behind")
                .containsEntry("publishedSymbol", "Seriously behind").containsEntry("milestone", Map.of("id", id));
        Map<String, Object> source = map(rating.get("source"));
        assertThat(source.get("report")).isEqualTo(Map.of("slug", Q1_REPORT));
        assertThat(map(source.get("correction"))).containsEntry("officer", "Jo Smith").containsEntry("reason", reason);

        Map<String, Object> milestone = anonymous.document("""
                query($id: ID!) { node(id: $id) { ... on Milestone {
                  ratings { quarter status source { correction { officer } } }
                  ratingHistory { quarter status source { correction { officer } } } } } }""")
                .variable("id", id).executeSync().field("node").toEntity(Map.class);
        assertThat(milestone.get("ratings")).isEqualTo(List.of(
                rating("SERIOUSLY_BEHIND", Map.of("officer", "Jo Smith"))));
        // The report printed no Q1 symbol for it (a blank stays blank): the officer's rating is its only one.
        assertThat(milestone.get("ratingHistory")).isEqualTo(List.of(
                rating("SERIOUSLY_BEHIND", Map.of("officer", "Jo Smith"))));
        assertThat(db.sql("SELECT * FROM milestone_rating ORDER BY id").query().listOfRows()).isEqualTo(published);
    }

    @Test
    void anOfficerCorrectsAMilestoneComment() {
        List<Map<String, Object>> published = db.sql("SELECT * FROM milestone_entry ORDER BY id").query().listOfRows();
        String id = s106ProjectManager();
        String comment = "Example correction: Project Manager appointed in Q3.";

        Map<String, Object> entry = officer.document("""
                mutation($input: MilestoneCommentCorrection!) { correctMilestoneComment(input: $input) {
                  comment due report { slug } source { report { slug } correction { officer reason madeAt } } } }""")
                .variable("input", Map.of("milestone", id, "comment", comment, "reason", "Example: commentary updated"))
                .executeSync().field("correctMilestoneComment").toEntity(Map.class);
        assertThat(entry).containsEntry("comment", comment).containsEntry("due", "Q3")
                .containsEntry("report", Map.of("slug", Q2_REPORT));
        assertThat(map(map(entry.get("source")).get("correction")))
                .containsEntry("officer", "Jo Smith").containsEntry("reason", "Example: commentary updated");

        List<Object> entries = anonymous.document("""
                query($id: ID!) { node(id: $id) { ... on Milestone { entries { comment report { slug } } } } }""")
                .variable("id", id).executeSync().field("node.entries").toEntity(List.class);
        assertThat(entries).containsExactly(
                Map.of("comment", "PM Appointment delayed, interviews arranged during Q2 with appointment in Q3",
                        "report", Map.of("slug", Q1_REPORT)),
                Map.of("comment", "PM Appointment delayed, interviews completed during Q2 with appointment in Q3."
                        + " Revised target approved by Cabinet", "report", Map.of("slug", Q2_REPORT)),
                Map.of("comment", comment, "report", Map.of("slug", Q2_REPORT)));
        assertThat(db.sql("SELECT * FROM milestone_entry ORDER BY id").query().listOfRows()).isEqualTo(published);
    }

    @Test
    void anOfficerLinksTheRenamedCustomerContactIndicatorIntoItsSeries() {
        String old = indicator("2017/18", "Customer contact data");
        String renamed = indicator("2019/20", "Customer contact data – response to telephone calls");
        Map<String, Object> series = officer.document("""
                mutation($input: SeriesLink!) { linkSeries(input: $input) {
                  id indicators { name financialYear } } }""")
                .variable("input", Map.of("indicator", renamed, "sameAs", old,
                        "reason", "Both measure the share of calls answered"))
                .executeSync().field("linkSeries").toEntity(Map.class);
        assertThat(series.get("indicators")).isEqualTo(List.of(
                Map.of("name", "Customer contact data", "financialYear", "2017/18"),
                Map.of("name", "Customer contact data – response to telephone calls", "financialYear", "2019/20")));
        assertThat(db.sql("SELECT series_rule FROM indicator WHERE name = ?")
                .param("Customer contact data – response to telephone calls").query(String.class).single())
                .isEqualTo("officer link: Both measure the share of calls answered");
        assertThat(db.sql("SELECT COUNT(*) FROM correction WHERE kind = 'series-link' AND previous_series_id IS NOT NULL"
                + " AND series_id <> previous_series_id").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsABadRequestNamingTheFieldAndWritesNothing() {
        int before = corrections();
        String id = flyTipping();
        assertBadRequest(valueCorrection("Q1", "96", " "), "input.reason");
        assertBadRequest(valueCorrection("Q1", "96", "x".repeat(2_001)), "input.reason");
        assertBadRequest(valueCorrection("Q1", "9".repeat(20_001), "Too long"), "input.publishedText");
        assertBadRequest(Map.of("indicator", id.replace("fly-tipping", "fly-tipp"), "field", "Q1", "publishedText", "96",
                "reason", "No such indicator"), "input.indicator");
        assertBadRequest(Map.of("indicator", "Indicator:oops", "field", "Q1", "publishedText", "96",
                "reason", "Not an indicator id"), "input.indicator");
        assertBadRequest(Map.of("indicator", id, "report", "no-such-report", "field", "Q1", "publishedText", "96",
                "reason", "No such report"), "input.report");
        assertBadRequest(Map.of("indicator", id, "report", "2018-06-14-cabinet-end-of-year-2017-18", "field", "Q1",
                "publishedText", "96", "reason", "That report did not print the 2019/20 indicator"), "input.report");
        ClientGraphQlResponse lateQuarter = officer.document("""
                mutation($input: MilestoneRatingCorrection!) { correctMilestoneRating(input: $input) { status } }""")
                .variable("input", Map.of("milestone", s106ProjectManager(), "report", Q1_REPORT, "quarter", "Q3",
                        "status", "COMPLETED", "reason", "A Q1 report rates no Q3")).executeSync();
        assertThat(lateQuarter.getErrors().get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST")
                .containsEntry("argument", "input.quarter");
        assertThat(corrections()).isEqualTo(before);
    }

    private void assertBadRequest(Map<String, Object> input, String argument) {
        ClientGraphQlResponse response = officer.document(CORRECT_VALUE).variable("input", input).executeSync();
        assertThat(response.getErrors()).as(input.toString().substring(0, Math.min(200, input.toString().length())))
                .hasSize(1);
        assertThat(response.getErrors().get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST")
                .containsEntry("argument", argument);
    }

    private Map<String, Object> valueCorrection(String field, String text, String reason) {
        return Map.of("indicator", flyTipping(), "field", field, "publishedText", text, "reason", reason);
    }

    private static Map<String, Object> revision(String text, boolean revised, String report, Map<String, Object> correction) {
        Map<String, Object> source = new java.util.HashMap<>();
        source.put("report", Map.of("slug", report));
        source.put("correction", correction);
        return Map.of("publishedText", text, "revised", revised, "source", source);
    }

    private static Map<String, Object> rating(String status, Map<String, Object> correction) {
        Map<String, Object> source = new java.util.HashMap<>();
        source.put("correction", correction);
        return Map.of("quarter", "Q1", "status", status, "source", source);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private int corrections() {
        return db.sql("SELECT COUNT(*) FROM correction").query(Integer.class).single();
    }

    private String flyTipping() {
        List<Object> ids = anonymous.document("""
                { indicators(filter: {year: "2019/20", text: "fly tipping"}) { edges { node { id } } } }""")
                .executeSync().field("indicators.edges").toEntityList(Map.class).stream()
                .map(edge -> map(edge.get("node")).get("id")).toList();
        assertThat(ids).hasSize(1);
        return (String) ids.get(0);
    }

    private String indicator(String year, String name) {
        return anonymous.document("""
                query($year: String!, $text: String!) {
                  indicators(filter: {year: $year, text: $text}) { edges { node { id name } } } }""")
                .variable("year", year).variable("text", name).executeSync().field("indicators.edges")
                .toEntityList(Map.class).stream().map(edge -> map(edge.get("node")))
                .filter(node -> node.get("name").equals(name)).map(node -> (String) node.get("id")).findFirst()
                .orElseThrow();
    }

    /** "Appoint Project Manager" of "Deliver priority s106 Projects", 2019/20: its Q1 symbol is lost from the text. */
    private String s106ProjectManager() {
        return anonymous.document("""
                { milestones(filter: {year: "2019/20", text: "Deliver priority s106"}) { edges { node { id name } } } }""")
                .executeSync().field("milestones.edges").toEntityList(Map.class).stream()
                .map(edge -> map(edge.get("node"))).filter(node -> node.get("name").equals("Appoint Project Manager"))
                .map(node -> (String) node.get("id")).findFirst().orElseThrow();
    }
}
