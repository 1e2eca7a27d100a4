package uk.councilperformance.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import uk.councilperformance.TemporaryFolders;
import uk.councilperformance.TestData;
import uk.councilperformance.importing.Dataset;
import uk.councilperformance.importing.DatasetLoader;

/** Reports over real HTTP GraphQL, from the bundled data in a real SQLite file. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportQueryTest {

    static final Path folder = TemporaryFolders.create("reports-api");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("council.database", () -> folder.resolve("api.db").toString());
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

    @Test
    void listsTheFourBundledReportsWithTheirMeetings() {
        var reports = graphQl.document("{ reports { slug financialYear quarter meeting { body date } sourceFile } }")
                .executeSync().field("reports").toEntityList(java.util.Map.class);
        assertThat(reports).hasSize(4);
        assertThat(reports.get(2)).containsEntry("slug", "2019-09-19-cabinet-q1-2019-20")
                .containsEntry("financialYear", "2019/20").containsEntry("quarter", "Q1")
                .containsEntry("sourceFile", "sources/004_0db5488618e439d2.txt");
        assertThat(reports.get(2).get("meeting")).isEqualTo(java.util.Map.of("body", "Cabinet", "date", "2019-09-19"));
    }

    @Test
    void anUnknownSlugIsNull() {
        var response = graphQl.document("{ report(slug: \"no-such-report\") { title } }").executeSync();
        assertThat(response.isValid()).isTrue();
        assertThat((Object) response.field("report").getValue()).isNull();
    }
}
