package uk.councilperformance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import uk.councilperformance.TestData;

/** The synthetic data restates figures as real reports do: later reports reprint earlier quarters, a few revised. */
class SyntheticReportsTest {

    @TempDir
    Path work;

    @Test
    void laterReportsRestateTheEarlierQuartersWithOnlyAFewRevised() throws IOException {
        SyntheticReports.write(work, TestData.directory().resolve("rating-schemes.yaml"), 1, 1, 5);
        Map<String, Map<String, Object>> first = indicators(work.resolve("reports/synthetic-001-2019-20-q1.yaml"));
        int restated = 0;
        int revised = 0;
        for (int quarter = 2; quarter <= 4; quarter++) {
            Map<String, Map<String, Object>> later = indicators(work.resolve("reports/synthetic-001-2019-20-q" + quarter + ".yaml"));
            assertThat(later.keySet()).isEqualTo(first.keySet());
            for (var indicator : first.entrySet()) {
                Map<String, Object> again = later.get(indicator.getKey());
                assertThat(again.get("target")).isEqualTo(indicator.getValue().get("target"));
                assertThat(again.get("frequency")).isEqualTo(indicator.getValue().get("frequency"));
                restated++;
                Object q1 = ((Map<?, ?>) indicator.getValue().get("values")).get("Q1");
                if (!q1.equals(((Map<?, ?>) again.get("values")).get("Q1"))) {
                    revised++;
                }
            }
        }
        assertThat(restated).isGreaterThan(100);
        // Real reports revise a figure now and then; the synthetic ones revise a few percent of restatements.
        assertThat(revised).isPositive();
        assertThat(revised * 100 / restated).isLessThan(10);
    }

    @Test
    void theSameSeedWritesTheSameFiles() throws IOException {
        Path schemes = TestData.directory().resolve("rating-schemes.yaml");
        SyntheticReports.write(work.resolve("a"), schemes, 1, 2, 9);
        SyntheticReports.write(work.resolve("b"), schemes, 1, 2, 9);
        try (var files = Files.list(work.resolve("a/reports"))) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(work.resolve("b/reports").resolve(file.getFileName())))
                        .isEqualTo(Files.readString(file));
            }
        }
    }

    /** Each indicator of a report by plan and name. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> indicators(Path report) throws IOException {
        Map<String, Object> root = new Yaml().load(Files.readString(report));
        Map<String, Map<String, Object>> byName = new HashMap<>();
        for (Map<String, Object> plan : (List<Map<String, Object>>) root.get("plans")) {
            for (Map<String, Object> theme : (List<Map<String, Object>>) plan.get("themes")) {
                for (Map<String, Object> indicator : (List<Map<String, Object>>) theme.getOrDefault("indicators", List.of())) {
                    byName.put(plan.get("key") + "/" + indicator.get("name"), indicator);
                }
            }
        }
        return byName;
    }
}
