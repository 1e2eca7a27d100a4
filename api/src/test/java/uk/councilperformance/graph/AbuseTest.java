package uk.councilperformance.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import uk.councilperformance.TemporaryFolders;
import uk.councilperformance.TestData;
import uk.councilperformance.importing.Dataset;
import uk.councilperformance.importing.DatasetLoader;

/**
 * Abusive queries on the public endpoint are each refused with a clear GraphQL error, while a normal client
 * running at the same time keeps getting its answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AbuseTest {

    static final Path folder = TemporaryFolders.create("abuse");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("council.database", () -> folder.resolve("abuse.db").toString());
    }

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

    static String repeat(String part, int times) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < times; i++) {
            b.append(" a").append(i).append(": ").append(part);
        }
        return b.append(" }").toString();
    }

    /** Each abusive query and the start of the error it must get. */
    static List<String[]> abuses() {
        String deep = "{ indicators(first: 1) { edges { node { " + "plan { themes { indicators { ".repeat(40) + "name"
                + " }".repeat(3 * 40) + " } } } }";
        return List.of(
                new String[] {deep, "query too deep"},
                new String[] {repeat("indicators(first: 100) { edges { node { name } } }", 500), "query too costly"},
                new String[] {repeat("__schema { types { name fields { name } } }", 200), "too many introspection fields"},
                new String[] {"{ reports { ...A } } fragment A on Report { council { reports { ...A } } }", ""},
                new String[] {"{ indicators(first: 100000) { totalCount } }", "query too costly"},
                new String[] {"{ indicators(first: 101) { totalCount } }", "first: must be between 0 and 100"},
                new String[] {"{ indicators(filter: {text: \"" + "x".repeat(300_000) + "\"}) { totalCount } }", "filter.text:"},
                new String[] {"{ node(id: \"" + "Plan:".repeat(10_000) + "\") { id } }", "id:"});
    }

    @Test
    void everyAbuseIsRefusedClearlyWhileANormalClientGoesOn() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicBoolean abusing = new AtomicBoolean(true);
        Future<List<String>> normal = pool.submit(() -> {
            List<String> failures = new ArrayList<>();
            int answered = 0;
            while (abusing.get() || answered < 20) {
                ClientGraphQlResponse r = graphQl.document("{ reports { slug } }").executeSync();
                if (!r.getErrors().isEmpty() || r.field("reports").toEntityList(Object.class).size() != 4) {
                    failures.add(r.toString());
                }
                answered++;
            }
            return failures;
        });
        try {
            for (String[] abuse : abuses()) {
                ClientGraphQlResponse r = graphQl.document(abuse[0]).executeSync();
                assertThat(r.getErrors()).as(abuse[0].substring(0, Math.min(80, abuse[0].length()))).isNotEmpty();
                assertThat(r.getErrors().get(0).getMessage()).startsWith(abuse[1]).doesNotContain("INTERNAL_ERROR");
            }
        } finally {
            abusing.set(false);
        }
        assertThat(normal.get()).isEmpty();
        pool.shutdown();
    }
}
