package uk.councilperformance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.mock.http.MockHttpOutputMessage;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import tools.jackson.databind.json.JsonMapper;

import uk.councilperformance.TemporaryFolders;
import uk.councilperformance.TestData;
import uk.councilperformance.importing.Dataset;
import uk.councilperformance.importing.DatasetLoader;

/**
 * The API's answers are written by AnswerJsonConverter with the bytes the Jackson converter after it would write: over
 * the journalist queries, introspection, errors and every character, and for a value it does not write itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswerJsonTest {

    static final Path folder = TemporaryFolders.create("answer-json");
    static final Path QUERIES = Path.of("..", "publisher", "src", "main", "resources", "bench-queries");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("council.database", () -> folder.resolve("api.db").toString());
        registry.add("council.answer-cache.enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    DatasetLoader loader;

    @Autowired
    ExecutionGraphQlService graphQl;

    @Autowired
    RouterFunctionMapping routes;

    AnswerJsonConverter ours;
    HttpMessageConverter<Object> jackson;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void load() {
        loader.load(Dataset.read(TestData.directory()));
        // The converters GraphQL answers are written with: Spring for GraphQL's handler is a router function.
        List<HttpMessageConverter<?>> converters = (List<HttpMessageConverter<?>>)
                org.springframework.test.util.ReflectionTestUtils.getField(routes, "messageConverters");
        assertThat(converters.get(0)).isInstanceOf(AnswerJsonConverter.class);
        ours = (AnswerJsonConverter) converters.get(0);
        jackson = (HttpMessageConverter<Object>) converters.stream().skip(1)
                .filter(c -> c.canWrite(LinkedHashMap.class, MediaType.APPLICATION_GRAPHQL_RESPONSE)).findFirst().orElseThrow();
        assertThat(jackson.getClass().getName()).contains("Jackson");
    }

    Map<String, Object> answer(String document, Map<String, Object> variables) {
        return graphQl.execute(new DefaultExecutionGraphQlRequest(document, null, variables, null, "test", null)).block().toMap();
    }

    byte[] written(HttpMessageConverter<Object> converter, Object answer) throws IOException {
        MockHttpOutputMessage output = new MockHttpOutputMessage();
        converter.write(answer, MediaType.APPLICATION_GRAPHQL_RESPONSE, output);
        return output.getBodyAsBytes();
    }

    void sameBytes(String what, Object answer) throws IOException {
        assertThat(new String(written(ours, answer), java.nio.charset.StandardCharsets.UTF_8)).as(what)
                .isEqualTo(new String(written(jackson, answer), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(written(ours, answer)).as(what).isEqualTo(written(jackson, answer));
    }

    @Test
    void everyJournalistQueryAndAnErrorAndIntrospectionAreWrittenAsJacksonWritesThem() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Path> files;
        try (var list = Files.list(QUERIES)) {
            files = list.filter(f -> f.toString().endsWith(".graphql")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        long before = ours.handedOn();
        for (Path file : files) {
            String document = Files.readString(file);
            Matcher variables = Pattern.compile("# variables: (.*)").matcher(document);
            @SuppressWarnings("unchecked")
            Map<String, Object> given = variables.find() ? json.readValue(variables.group(1), Map.class) : Map.of();
            Map<String, Object> answer = answer(document, given);
            assertThat(answer).as(file.toString()).containsKey("data").doesNotContainKey("errors");
            sameBytes(file.toString(), answer);
        }
        sameBytes("an error", answer("{ report(slug: \"no-such-report\") { title } nothing }", Map.of()));
        sameBytes("a bad argument", answer("{ indicators(first: 101) { totalCount } }", Map.of()));
        sameBytes("introspection", answer("{ __schema { types { name kind description fields { name } } } }", Map.of()));
        assertThat(ours.handedOn()).as("answers JsonBytes could not write").isEqualTo(before);
    }

    @Test
    void everyCharacterIsWrittenAsJacksonWritesIt() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            all.append(c);
        }
        for (int c = Character.MAX_SURROGATE + 1; c <= 0xFFFF; c++) {
            all.append((char) c);
        }
        all.appendCodePoint(0x1F600).append("end");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("text \u00e9\n\"", all.toString());
        answer.put("numbers", List.of(1, -2L, 3.5, 1.0E10, 0.1f, new java.math.BigDecimal("123.4500"), new java.math.BigInteger("12345678901234567890")));
        answer.put("others", new ArrayList<>(java.util.Arrays.asList(true, false, null)));
        answer.put("empty", Map.of());
        sameBytes("every character", Map.of("data", answer));
    }

    @Test
    void anAnswerHoldingAnotherKindOfValueIsHandedToJacksonWhole() throws IOException {
        long before = ours.handedOn();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("when", LocalDate.of(2019, 9, 19));
        answer.put("what", "Cabinet");
        sameBytes("a date", Map.of("data", answer));
        assertThat(ours.handedOn()).isGreaterThan(before);
    }

    @Test
    void anAnswerOverHttpIsWrittenByIt() throws Exception {
        String document = "{ reports { slug title meeting { body date } } }";
        byte[] expected = written(jackson, answer(document, Map.of()));
        for (String accept : new String[] {null, "application/graphql-response+json", "application/json"}) {
            long before = ours.written();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            JsonMapper.builder().build().writeValueAsString(Map.of("query", document))));
            if (accept != null) {
                request.header("Accept", accept);
            }
            HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            // As Spring for GraphQL chooses it: JSON unless the client asks for the GraphQL response type.
            assertThat(response.headers().firstValue("Content-Type")).as("Accept: %s", accept)
                    .hasValue(accept == null ? "application/json" : accept);
            assertThat(response.body()).isEqualTo(expected);
            assertThat(ours.written()).as("written by AnswerJsonConverter").isEqualTo(before + 1);
        }
    }

    @Test
    void aGetAnswerHasTheSameBytes() throws Exception {
        String document = "{ reports { slug title meeting { body date } } }";
        byte[] expected = written(jackson, answer(document, Map.of()));
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/graphql?query=" + java.net.URLEncoder.encode(document,
                        java.nio.charset.StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(expected);
    }
}
