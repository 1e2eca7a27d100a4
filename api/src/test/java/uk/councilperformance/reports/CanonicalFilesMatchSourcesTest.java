package uk.councilperformance.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.councilperformance.TestData;
import uk.councilperformance.importing.Dataset;
import uk.councilperformance.reports.ReportFile.Indicator;
import uk.councilperformance.reports.ReportFile.Milestone;

/**
 * Every figure and rating symbol in the canonical files is checked against the source text it cites:
 * it must stand, character for character (white space aside), within the rows starting at its line.
 * The only exceptions are cells rebuilt from garbled text, and each of those carries a note saying how.
 */
class CanonicalFilesMatchSourcesTest {

    private static final int ROWS_BEFORE = 2;
    private static final int ROWS_AFTER = 14;

    @Test
    void everyFigureIsFoundInItsSourceNearTheLineItCites() throws IOException {
        Dataset dataset = Dataset.read(TestData.directory());
        int checked = 0;
        List<String> unexplained = new ArrayList<>();
        List<String> explained = new ArrayList<>();
        for (Dataset.Entry entry : dataset.reports()) {
            ReportFile file = entry.file();
            List<String> source = Files.readAllLines(dataset.directory().resolve(file.report().sourceFile()));
            for (ReportFile.Plan plan : file.plans()) {
                for (ReportFile.Theme theme : plan.themes()) {
                    for (Indicator i : theme.indicators()) {
                        assertThat(i.line()).as("%s: %s has a source line", file.file(), i.name()).isPresent();
                        Map<String, String> cells = new java.util.LinkedHashMap<>();
                        i.lastYearOutturn().ifPresent(v -> cells.put("lastYearOutturn", v));
                        i.target().ifPresent(v -> cells.put("target", v));
                        i.values().forEach((q, v) -> cells.put(q.name(), v));
                        i.total().ifPresent(v -> cells.put("total", v));
                        for (Map.Entry<String, String> cell : cells.entrySet()) {
                            checked++;
                            check(source, i.line().get(), cell.getValue(), i.note(),
                                    file.file() + ":" + i.line().get() + " " + i.name() + " " + cell.getKey(), unexplained, explained);
                        }
                    }
                    for (ReportFile.Project p : theme.projects()) {
                        for (Milestone m : p.milestones()) {
                            assertThat(m.line()).as("%s: %s has a source line", file.file(), m.name()).isPresent();
                            for (var rating : m.ratings().entrySet()) {
                                if (rating.getValue().published().equals("unknown")) {
                                    // A lost symbol is a judgement, and must be explained.
                                    assertThat(m.note()).as("%s:%d %s: why the rating is unknown", file.file(),
                                            m.line().get(), m.name()).isPresent();
                                    continue;
                                }
                                checked++;
                                check(source, m.line().get(), rating.getValue().published(), m.note(),
                                        file.file() + ":" + m.line().get() + " " + m.name() + " " + rating.getKey(),
                                        unexplained, explained);
                            }
                        }
                    }
                }
            }
        }
        assertThat(unexplained).as("figures not found in their source and not explained by a note").isEmpty();
        assertThat(checked).isGreaterThan(350);
        // The rebuilt cells are few: almost everything is copied exactly.
        assertThat(explained.size()).isLessThan(checked / 10);
    }

    private static void check(List<String> source, int line, String published, Optional<String> note, String where,
                              List<String> unexplained, List<String> explained) {
        StringBuilder window = new StringBuilder();
        for (int n = Math.max(0, line - 1 - ROWS_BEFORE); n < Math.min(source.size(), line + ROWS_AFTER); n++) {
            window.append(source.get(n)).append(' ');
        }
        if (squeeze(window.toString()).contains(squeeze(published))) {
            return;
        }
        (note.isPresent() ? explained : unexplained).add(where + ": \"" + published + "\"");
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
