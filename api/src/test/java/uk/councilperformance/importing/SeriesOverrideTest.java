package uk.councilperformance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.councilperformance.TemporaryFolders;
import uk.councilperformance.TestData;
import uk.councilperformance.series.SeriesRule;

/** An officer links two indicators whose names do not match by giving both the same series key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeriesOverrideTest {

    static final Path folder = TemporaryFolders.create("series");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("council.database", () -> folder.resolve("series.db").toString());
    }

    @Autowired
    DatasetLoader loader;

    @Autowired
    JdbcClient db;

    @BeforeAll
    void loadACopyWithAnOfficersLink() throws Exception {
        Path data = TestData.copy(folder.resolve("data"));
        link(data.resolve("reports/2019-07-22-community-scrutiny-end-of-year-2018-19.yaml"),
                "Number of ASB complaints dealt with via the Community Safety Hub");
        link(data.resolve("reports/2019-09-19-cabinet-q1-2019-20.yaml"),
                "Number of Community Protection Notice Warnings (CPNWs) issued");
        loader.load(Dataset.read(data));
    }

    @Test
    void bothIndicatorsShareTheOfficersSeriesAndSayWhy() {
        List<Map<String, Object>> linked = db.sql("""
                SELECT i.name, i.series_rule, p.financial_year FROM indicator i JOIN series s ON s.id = i.series_id
                JOIN theme t ON t.id = i.theme_id JOIN plan p ON p.id = t.plan_id
                WHERE s.key = 'asb-and-cpnw-test-link' ORDER BY p.financial_year""").query().listOfRows();
        assertThat(linked).extracting(r -> r.get("financial_year") + ":" + r.get("name")).containsExactly(
                "2018:Number of ASB complaints dealt with via the Community Safety Hub",
                "2019:Number of Community Protection Notice Warnings (CPNWs) issued");
        assertThat(linked).allSatisfy(r -> assertThat(r.get("series_rule")).isEqualTo(SeriesRule.OVERRIDE));
    }

    /** Adds `series:` under the indicator's name line, at the same indentation. */
    private static void link(Path file, String indicator) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.trim().equals("- name: \"" + indicator + "\"")) {
                String indent = " ".repeat(line.indexOf("- name") + 2);
                lines.add(i + 1, indent + "series: asb-and-cpnw-test-link");
                Files.write(file, lines);
                return;
            }
        }
        throw new AssertionError("no indicator named " + indicator + " in " + file);
    }
}
