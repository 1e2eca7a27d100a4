package uk.councilperformance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

import uk.councilperformance.TemporaryFolders;
import uk.councilperformance.TestData;
import uk.councilperformance.corrections.MadeAt;
import uk.councilperformance.corrections.Officers;
import uk.councilperformance.database.CountedStatements;
import uk.councilperformance.importing.Dataset;
import uk.councilperformance.importing.DatasetLoader;

/**
 * Answers given again from the cache: only while the data is unchanged, only clean anonymous answers, with the
 * headers (ETag, CORS) the request would have got anyway. Over real HTTP on a real SQLite file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(CountedStatements.class)
class AnswerCacheTest {

    static final Path folder = TemporaryFolders.create("answer-cache");
    static final String PASSWORD = "correct horse battery staple";
    // 003 line 59: Number of Discretionary Housing Payments awards, Q1 "100 cases £19,112.23".
    static final String HOUSING_PAYMENTS = "{ indicators(filter: {year: \"2018/19\", text: \"Discretionary Housing Payments\"})"
            + " { edges { node { value(field: Q1) { publishedText } } } } }";

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
    FilterRegistrationBean<AnswerCacheFilter> cache;

    final JsonMapper json = JsonMapper.builder().build();
    Http http;

    @BeforeAll
    void load() {
        loader.load(Dataset.read(TestData.directory()));
        officers.add("jsmith", "Jo Smith", passwords.encode(PASSWORD), MadeAt.now());
        http = new Http(port);
    }

    @Test
    void theSameQueryAgainGetsTheSameBytesForOneReadOfTheDataVersion() {
        String query = "{ reports { slug title meeting { body date } } plans(first: 3) { totalCount } }";
        long start = CountedStatements.statements.executed();
        HttpResponse<String> first = post(query);
        long firstCost = CountedStatements.statements.executed() - start;
        HttpResponse<String> second = post(query);
        long secondCost = CountedStatements.statements.executed() - start - firstCost;

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(firstCost).as("statements run for the first answer").isGreaterThan(2);
        assertThat(secondCost).as("statements run for the same query again").isEqualTo(1);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(second.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(second.headers().allValues("Vary")).isEqualTo(first.headers().allValues("Vary"));
    }

    @Test
    void anOfficersCorrectionIsInTheNextAnswer() {
        String query = "{ indicators(filter: {year: \"2019/20\", text: \"fly tipping\"}) { edges { node { id"
                + " value(field: Q1) { publishedText } } } } }";
        assertThat(text(post(query), "indicators.edges.0.node.value.publishedText")).isEqualTo("90");
        assertThat(text(post(query), "indicators.edges.0.node.value.publishedText")).isEqualTo("90");
        String id = text(post(query), "indicators.edges.0.node.id");

        HttpResponse<String> corrected = http.send(http.request("/graphql").header("Content-Type", "application/json")
                .header("Authorization", basic("jsmith", PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(body("mutation($input: IndicatorValueCorrection!) {"
                        + " correctIndicatorValue(input: $input) { publishedText } }", Map.of("input", Map.of(
                        "indicator", id, "field", "Q1", "publishedText", "91", "reason", "Recounted",
                        "report", "2019-11-26-community-scrutiny-q2-2019-20"))))).build());
        assertThat(corrected.body()).doesNotContain("\"errors\"");

        assertThat(text(post(query), "indicators.edges.0.node.value.publishedText")).isEqualTo("91");
    }

    @Test
    void anImportThatChangesAFigureIsInTheNextAnswerAndOneThatChangesNothingKeepsTheAnswers() throws IOException {
        assertThat(text(post(HOUSING_PAYMENTS), "indicators.edges.0.node.value.publishedText")).isEqualTo("100 cases £19,112.23");
        loader.load(Dataset.read(TestData.directory()));
        long before = CountedStatements.statements.executed();
        assertThat(text(post(HOUSING_PAYMENTS), "indicators.edges.0.node.value.publishedText")).isEqualTo("100 cases £19,112.23");
        assertThat(CountedStatements.statements.executed() - before).as("answered from the cache after a no-change load").isEqualTo(1);

        Path changed = TestData.copy(TemporaryFolders.create("answer-cache-data"));
        Path report = changed.resolve("reports/2019-07-22-community-scrutiny-end-of-year-2018-19.yaml");
        Files.writeString(report, Files.readString(report).replace("\"100 cases £19,112.23\"", "\"101 cases £19,112.23\""));
        try {
            loader.load(Dataset.read(changed));
            assertThat(text(post(HOUSING_PAYMENTS), "indicators.edges.0.node.value.publishedText")).isEqualTo("101 cases £19,112.23");
        } finally {
            loader.load(Dataset.read(TestData.directory()));
            FileSystemUtils.deleteRecursively(changed);
        }
        assertThat(text(post(HOUSING_PAYMENTS), "indicators.edges.0.node.value.publishedText")).isEqualTo("100 cases £19,112.23");
    }

    @Test
    void anAnswerWithErrorsIsNeverKept() {
        String bad = "{ plans(filter: {year: \"twenty\"}) { totalCount } }";
        int kept = cache.getFilter().kept();
        HttpResponse<String> first = post(bad);
        assertThat(first.body()).contains("\"errors\"").contains("filter.year");
        assertThat(cache.getFilter().kept()).isEqualTo(kept);
        assertThat(post(bad).body()).isEqualTo(first.body());
        assertThat(cache.getFilter().kept()).isEqualTo(kept);
    }

    @Test
    void aRequestWithCredentialsIsAlwaysAnsweredAfresh() {
        String query = "{ councils { slug name } }";
        post(query);
        for (int i = 0; i < 2; i++) {
            long before = CountedStatements.statements.executed();
            HttpResponse<String> answer = http.send(http.request("/graphql").header("Content-Type", "application/json")
                    .header("Authorization", basic("jsmith", PASSWORD))
                    .POST(HttpRequest.BodyPublishers.ofString(body(query, Map.of()))).build());
            assertThat(answer.body()).contains("cannock-chase");
            // The officer's login is checked, and the query runs: more than the one read of a kept answer.
            assertThat(CountedStatements.statements.executed() - before).isGreaterThan(1);
        }
    }

    @Test
    void aKeptGetAnswerKeepsItsETagAndAnswersNotModified() {
        String path = "/graphql?query=" + Http.encode("{ report(slug: \"2019-09-19-cabinet-q1-2019-20\") { title } }");
        HttpResponse<String> first = http.get(path);
        HttpResponse<String> kept = http.get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(kept.body()).isEqualTo(first.body());
        assertThat(kept.headers().firstValue("ETag")).hasValue(etag);
        assertThat(kept.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
        HttpResponse<String> notModified = http.get(path, "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void corsHeadersAreThoseOfTheRequestsOwnOrigin() {
        String query = "{ ratingSchemes { key } }";
        HttpResponse<String> without = post(query);
        HttpResponse<String> from = http.send(http.request("/graphql").header("Content-Type", "application/json")
                .header("Origin", "https://news.example").POST(HttpRequest.BodyPublishers.ofString(body(query, Map.of()))).build());
        HttpResponse<String> withoutAgain = post(query);

        assertThat(without.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(from.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(withoutAgain.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(from.body()).isEqualTo(without.body());
    }

    @Test
    void theDataVersionChangesOnlyWithTheData() {
        String version = text(post("{ dataVersion }"), "dataVersion");
        loader.load(Dataset.read(TestData.directory()));
        assertThat(text(post("{ dataVersion }"), "dataVersion")).isEqualTo(version);
        assertThat(version).isNotBlank().isNotEqualTo("empty");
    }

    private HttpResponse<String> post(String query) {
        return http.send(http.request("/graphql").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(query, Map.of()))).build());
    }

    private String body(String query, Map<String, Object> variables) {
        return json.writeValueAsString(Map.of("query", query, "variables", variables));
    }

    private String text(HttpResponse<String> response, String path) {
        Object at = json.readValue(response.body(), Map.class).get("data");
        for (String step : path.split("\\.")) {
            at = at instanceof java.util.List<?> list ? list.get(Integer.parseInt(step)) : ((Map<?, ?>) at).get(step);
        }
        return String.valueOf(at);
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
