package uk.councilperformance.councils;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import uk.councilperformance.TemporaryFolders;
import uk.councilperformance.TestData;
import uk.councilperformance.corrections.CorrectionInputs.IndicatorValueCorrection;
import uk.councilperformance.corrections.Corrections;
import uk.councilperformance.corrections.MadeAt;
import uk.councilperformance.corrections.Officers;
import uk.councilperformance.importing.Dataset;
import uk.councilperformance.importing.DatasetLoader;

/**
 * Each council's data version moves with a change to that council's data, and only then: another council's import
 * or correction leaves it as it was, and a change to the rating schemes moves them all. Run on SQLite and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CouncilDataVersionChecks {

    static final String BUNDLED = "cannock-chase";
    static final String OTHER = "another-district";
    static final String OTHER_REPORT = "2019-09-19-cabinet-q1-2019-20";

    @LocalServerPort
    int port;

    @Autowired
    DatasetLoader loader;

    @Autowired
    Corrections corrections;

    @Autowired
    Officers officers;

    @Test
    void aCouncilsVersionMovesWithItsOwnDataOnly() throws IOException {
        Path data = TestData.copy(TemporaryFolders.create("council-version"));
        // A second council (test data: the bundled council's Q1 report under another name) beside the bundled one.
        Path bundledReport = data.resolve("reports/" + OTHER_REPORT + ".yaml");
        Files.writeString(data.resolve("reports/" + OTHER_REPORT + "-another.yaml"), Files.readString(bundledReport)
                .replace("slug: \"" + BUNDLED + "\"", "slug: \"" + OTHER + "\"")
                .replace("name: \"Cannock Chase District Council\"", "name: \"Another District Council\"")
                .replace("slug: \"" + OTHER_REPORT + "\"", "slug: \"" + OTHER_REPORT + "-another\""));
        HttpSyncGraphQlClient graphQl = HttpSyncGraphQlClient.builder(RestClient.builder().baseUrl("http://localhost:" + port + "/graphql")).build();

        loader.load(Dataset.read(data));
        Versions first = Versions.read(graphQl);
        assertThat(first.councils()).containsOnlyKeys(BUNDLED, OTHER).containsValues(first.data());

        // One figure of the bundled council's end-of-year report, as the bench's one-quarter change makes.
        Path endOfYear = data.resolve("reports/2018-06-14-cabinet-end-of-year-2017-18.yaml");
        String text = Files.readString(endOfYear);
        assertThat(text).contains("Q1: \"123\"");
        Files.writeString(endOfYear, text.replaceFirst("Q1: \"123\"", "Q1: \"124\""));
        loader.load(Dataset.read(data));
        Versions second = Versions.read(graphQl);
        assertThat(second.data()).isNotEqualTo(first.data());
        assertThat(second.councils()).containsEntry(BUNDLED, second.data()).containsEntry(OTHER, first.councils().get(OTHER));

        loader.load(Dataset.read(data));
        assertThat(Versions.read(graphQl)).as("the same files again change nothing").isEqualTo(second);

        // An officer's correction to the other council's figure moves that council's version alone.
        officers.add("jsmith", "Jo Smith", "{noop}unused", MadeAt.now());
        long officer = officers.byUsername("jsmith").orElseThrow().rowId();
        String indicator = graphQl.document("""
                { council(slug: "%s") { plans { themes { indicators { id } } } } }""".formatted(OTHER)).executeSync()
                .field("council.plans[0].themes[0].indicators[0].id").toEntity(String.class);
        corrections.indicatorValue(officer, new IndicatorValueCorrection(indicator, OTHER_REPORT + "-another", "Q1", "7",
                "typed into the wrong row"));
        Versions third = Versions.read(graphQl);
        assertThat(third.data()).isNotEqualTo(second.data());
        assertThat(third.councils()).containsEntry(OTHER, third.data()).containsEntry(BUNDLED, second.data());

        // The rating schemes are every council's: a change to them moves every council's version.
        Path schemes = data.resolve("rating-schemes.yaml");
        Files.writeString(schemes, Files.readString(schemes).replace("title: Project/action ratings 2017/18",
                "title: Project and action ratings 2017/18"));
        loader.load(Dataset.read(data));
        Versions fourth = Versions.read(graphQl);
        assertThat(fourth.data()).isNotEqualTo(third.data());
        assertThat(fourth.councils()).containsOnlyKeys(BUNDLED, OTHER).allSatisfy((slug, v) -> assertThat(v).isEqualTo(fourth.data()));
    }

    /** The data's version and each council's, as a client reads them. */
    record Versions(String data, Map<String, String> councils) {

        @SuppressWarnings("unchecked")
        static Versions read(HttpSyncGraphQlClient graphQl) {
            var response = graphQl.document("{ dataVersion councils { slug dataVersion } }").executeSync();
            assertThat(response.getErrors()).isEmpty();
            Map<String, String> councils = new java.util.TreeMap<>();
            for (Map<String, Object> c : (List<Map<String, Object>>) response.field("councils").getValue()) {
                councils.put((String) c.get("slug"), (String) c.get("dataVersion"));
            }
            return new Versions(response.field("dataVersion").getValue(), councils);
        }
    }
}
