package uk.councilperformance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/** The self-hosted GraphiQL page: everything it needs comes from the application itself. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphiqlPageTest {

    static final Path folder = TemporaryFolders.create("web-graphiql");
    static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

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
    void thePageIsServedWithAPolicyThatAllowsOnlyThisSite() {
        HttpResponse<String> page = http.get("/graphiql");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "style-src 'self'",
                "connect-src 'self'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
    }

    @Test
    void thePageHasNoInlineScriptOrStyleAndNamesNoOtherHost() {
        String html = http.get("/graphiql").body();

        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(html).doesNotContain("<style", " style=", "onload=", "onclick=", "javascript:");
        assertThat(html).doesNotContainPattern("(?i)https?://|\"//");
        assertThat(references(html)).allSatisfy(reference -> assertThat(reference).startsWith("/"));
    }

    @Test
    void everyFileThePageNamesLoadsFromTheApplication() {
        List<String> references = references(http.get("/graphiql").body());

        assertThat(references).containsExactly("/graphiql/favicon.svg",
                "/webjars/graphiql/graphiql.min.css", "/graphiql/explorer.css",
                "/webjars/react/umd/react.production.min.js", "/webjars/react-dom/umd/react-dom.production.min.js",
                "/webjars/graphiql/graphiql.min.js", "/graphiql/explorer.js");
        for (String reference : references) {
            HttpResponse<String> asset = http.get(reference);
            assertThat(asset.statusCode()).as(reference).isEqualTo(200);
            String expected = reference.endsWith(".css") ? "text/css"
                    : reference.endsWith(".svg") ? "image/svg+xml" : "text/javascript";
            assertThat(asset.headers().firstValue("Content-Type")).as(reference)
                    .hasValueSatisfying(type -> assertThat(type).startsWith(expected));
            assertThat(asset.body()).as(reference).isNotBlank();
        }
        assertThat(http.get("/webjars/graphiql/graphiql.min.js").body()).contains("createFetcher");
        assertThat(http.get("/webjars/react-dom/umd/react-dom.production.min.js").body()).contains("createRoot");
    }

    @Test
    void theExamplesAreServedWithTheirTitles() {
        HttpResponse<String> response = http.get("/graphiql/examples");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        List<Map<String, String>> examples = examples(response);
        assertThat(examples).extracting(example -> example.get("name")).containsExactly(
                "seriously-behind", "indicator-series", "published-versus-computed", "cite-a-figure", "what-changed",
                "revisions");
        assertThat(examples.get(0)).containsEntry("title",
                "Which actions were seriously behind schedule in Q1 2019/20, and what did officers say?");
        assertThat(examples.get(1).get("query")).contains("points(field: Q1)");
    }

    @Test
    void everyExampleRunsWithoutErrorsOnTheBundledData() {
        for (Map<String, String> example : examples(http.get("/graphiql/examples"))) {
            HttpResponse<String> answer = http.get("/graphql?query=" + Http.encode(example.get("query")));

            assertThat(answer.statusCode()).as(example.get("name")).isEqualTo(200);
            Map<?, ?> body = json.readValue(answer.body(), Map.class);
            assertThat(body.containsKey("errors")).as(answer.body()).isFalse();
        }
    }

    @Test
    void theExamplesGiveTheBundledFigures() {
        Map<String, String> cite = examples(http.get("/graphiql/examples")).get(3);
        String body = http.get("/graphql?query=" + Http.encode(cite.get("query"))).body();

        // 003 line 59: Number of Discretionary Housing Payments awards, Q1 2018/19 "100 cases £19,112.23"
        assertThat(body).contains("\"publishedText\":\"100 cases £19,112.23\"").contains("\"money\":19112.23")
                .contains("\"line\":59").contains("\"sourceFile\":\"sources/003_c2fd677fd2d5bf7c.txt\"");
    }

    @Test
    void springsOwnCdnGraphiqlIsOff() {
        // Our page answers /graphiql; Spring's would redirect to /graphiql?path=/graphql.
        HttpResponse<String> page = http.get("/graphiql?path=/graphql");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/graphiql/explorer.js").doesNotContain("unpkg", "esm.sh", "jsdelivr");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> examples(HttpResponse<String> response) {
        return json.readValue(response.body(), List.class);
    }

    private static List<String> references(String html) {
        List<String> references = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(html);
        while (matcher.find()) {
            references.add(matcher.group(1));
        }
        return references;
    }
}
