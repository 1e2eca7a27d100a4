package uk.councilperformance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import uk.councilperformance.TemporaryFolders;
import uk.councilperformance.TestData;
import uk.councilperformance.importing.Dataset;
import uk.councilperformance.importing.DatasetLoader;

/** GET and POST on /graphql over real HTTP, from the bundled data in a real SQLite file. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphQlOverHttpTest {

    static final Path folder = TemporaryFolders.create("web-graphql");
    static final String Q1_REPORT = "{ report(slug: \"2019-09-19-cabinet-q1-2019-20\") { title financialYear quarter meeting { body date } } }";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("council.database", () -> folder.resolve("api.db").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    DatasetLoader loader;

    final JsonMapper json = JsonMapper.builder().build();
    Http http;

    @BeforeAll
    void load() {
        loader.load(Dataset.read(TestData.directory()));
        http = new Http(port);
    }

    @Test
    void aGetQueryAnswersWithTheReportAndMayBeCached() {
        HttpResponse<String> response = http.get("/graphql?query=" + Http.encode(Q1_REPORT));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(data(response).get("report")).isEqualTo(Map.of(
                "title", "Quarter 1 Performance Report 2019/20", "financialYear", "2019/20", "quarter", "Q1",
                "meeting", Map.of("body", "Cabinet", "date", "2019-09-19")));
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(
                etag -> assertThat(etag).matches("\"[A-Za-z0-9_-]{43}\""));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
    }

    @Test
    void theSameGetWithItsETagIsNotModified() {
        String path = "/graphql?query=" + Http.encode(Q1_REPORT);
        String etag = http.get(path).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http.get(path, "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(again.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
    }

    @Test
    void anotherQueryHasAnotherETag() {
        String q1 = http.get("/graphql?query=" + Http.encode(Q1_REPORT)).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> all = http.get("/graphql?query=" + Http.encode("{ reports { slug } }"),
                "If-None-Match", q1);

        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(q1);
        assertThat((List<?>) data(all).get("reports")).hasSize(4);
    }

    @Test
    void aGetQueryTakesVariablesAndAnOperationName() {
        String query = "query Other { reports { slug } } query One($slug: String!) { report(slug: $slug) { title } }";
        HttpResponse<String> response = http.get("/graphql?query=" + Http.encode(query)
                + "&operationName=One&variables=" + Http.encode("{\"slug\": \"2018-06-14-cabinet-end-of-year-2017-18\"}"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(data(response).get("report")).isEqualTo(Map.of("title", "End of Year Performance Report 2017/18"));
    }

    @Test
    void aGetMutationIsRefusedWithAGraphQlError() {
        HttpResponse<String> response = http.get("/graphql?query=" + Http.encode("mutation { importReport }"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(response.headers().firstValue("ETag")).isEmpty();
        assertThat(firstErrorMessage(response)).isEqualTo(
                "A mutation cannot be sent with GET, which only reads: send it with POST.");
    }

    @Test
    void aGetMutationChosenByOperationNameIsRefused() {
        String document = "query Read { reports { slug } } mutation Write { importReport }";
        HttpResponse<String> response = http.get("/graphql?query=" + Http.encode(document) + "&operationName=Write");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(firstErrorMessage(response)).contains("send it with POST");
    }

    @Test
    void aGetWithoutAQueryIsABadRequestThatSaysWhatIsMissing() {
        HttpResponse<String> response = http.get("/graphql");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(firstErrorMessage(response)).startsWith("Missing the 'query' parameter");
    }

    @Test
    void variablesThatAreNotJsonAreABadRequest() {
        HttpResponse<String> response = http.get("/graphql?query=" + Http.encode(Q1_REPORT)
                + "&variables=" + Http.encode("{slug:"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(firstErrorMessage(response)).startsWith("The 'variables' parameter is not valid JSON");
    }

    @Test
    void aGetQueryWithErrorsIsNotCached() {
        HttpResponse<String> response = http.get("/graphql?query=" + Http.encode("{ reports { noSuchField } }"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(firstErrorMessage(response)).contains("noSuchField");
        assertThat(response.headers().firstValue("ETag")).isEmpty();
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void aPostQueryAnswersAndIsNotStored() {
        HttpResponse<String> response = http.send(http.request("/graphql")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", Q1_REPORT))))
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(((Map<?, ?>) data(response).get("report")).get("title")).isEqualTo("Quarter 1 Performance Report 2019/20");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void aCorsPreflightFromAnotherSiteIsAllowedForGetAndPost() {
        for (String method : List.of("GET", "POST")) {
            HttpResponse<String> preflight = http.send(http.request("/graphql")
                    .header("Origin", "https://news.example")
                    .header("Access-Control-Request-Method", method)
                    .header("Access-Control-Request-Headers", "content-type")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .build());

            assertThat(preflight.statusCode()).as(method).isEqualTo(200);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(method).hasValue("*");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).as(method)
                    .hasValueSatisfying(methods -> assertThat(methods).contains(method));
        }
    }

    @Test
    void aCrossSiteGetMayReadTheAnswerAndItsETag() {
        HttpResponse<String> response = http.get("/graphql?query=" + Http.encode("{ reports { slug } }"),
                "Origin", "https://news.example");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
                exposed -> assertThat(exposed).containsIgnoringCase("ETag"));
    }

    private Map<?, ?> data(HttpResponse<String> response) {
        Map<?, ?> body = json.readValue(response.body(), Map.class);
        assertThat(body.containsKey("errors")).as(response.body()).isFalse();
        return (Map<?, ?>) body.get("data");
    }

    private String firstErrorMessage(HttpResponse<String> response) {
        Map<?, ?> body = json.readValue(response.body(), Map.class);
        List<?> errors = (List<?>) body.get("errors");
        assertThat(errors).as(response.body()).isNotEmpty();
        return (String) ((Map<?, ?>) errors.get(0)).get("message");
    }
}
