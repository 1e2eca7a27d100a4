package uk.councilperformance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.councilperformance.TestData;
import uk.councilperformance.ratings.RatingSchemeFile;
import uk.councilperformance.ratings.RatingSchemes;
import uk.councilperformance.reports.ReportFile;
import uk.councilperformance.reports.ReportFileReader;

/**
 * The importer, run on each bundled report text, against the hand-checked file of the same report: the
 * differences must be exactly those listed, each with why, in data/import-differences/&lt;slug&gt;.md. A
 * regression and an improvement both fail until the list is updated (run with
 * -Dimport.differences.write=true to rewrite the lists, keeping the explanations already written).
 */
class ImporterMatchesCanonicalFilesTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"2018-06-14-cabinet-end-of-year-2017-18", "2019-07-22-community-scrutiny-end-of-year-2018-19",
            "2019-09-19-cabinet-q1-2019-20", "2019-11-26-community-scrutiny-q2-2019-20"})
    void theImporterDiffersFromTheHandCheckedFileOnlyWhereListed(String slug) throws IOException {
        Path data = TestData.directory();
        RatingSchemes schemes = RatingSchemeFile.read(data.resolve("rating-schemes.yaml"), "rating-schemes.yaml");
        ReportFileReader reader = new ReportFileReader(schemes, data);
        ReportFile expected = reader.read(data.resolve("reports").resolve(slug + ".yaml"), slug + ".yaml");

        ImportHints hints = ImportHints.none().withCouncil(expected.council().slug(), expected.council().name());
        if (slug.equals("2019-07-22-community-scrutiny-end-of-year-2018-19")) {
            // This extract names no meeting; the officer gives it, as on the command line (--meeting-body ...).
            hints = hints.withMeeting("Community Scrutiny Committee", LocalDate.of(2019, 7, 22), "5");
        }
        String source = expected.report().sourceFile();
        ReportTextParser.Result imported = ReportTextParser.parse(data.resolve(source), source, "data/" + source, hints);
        assertThat(imported.slug()).isEqualTo(slug);
        Path written = work.resolve(slug + ".yaml");
        Files.writeString(written, CanonicalYamlWriter.write(imported.canonical(), List.of("imported")));
        ReportFile actual = reader.read(written, written.toString());

        List<ReportDifference> differences = ReportComparison.compare(expected, actual);
        Path listFile = data.resolve("import-differences").resolve(slug + ".md");
        DifferencesFile listed = DifferencesFile.read(listFile);
        if (Boolean.getBoolean("import.differences.write")) {
            DifferencesFile.write(listFile, slug, differences, listed);
            listed = DifferencesFile.read(listFile);
        }
        Set<String> found = new TreeSet<>();
        differences.forEach(d -> found.add(DifferencesFile.row(d)));
        Set<String> missingFromList = new TreeSet<>(found);
        missingFromList.removeAll(listed.rows().keySet());
        Set<String> gone = new TreeSet<>(listed.rows().keySet());
        gone.removeAll(found);
        assertThat(missingFromList).as("differences not listed in %s (a regression, or list them with why)", listFile).isEmpty();
        assertThat(gone).as("listed in %s but no longer found (an improvement: remove them from the list)", listFile).isEmpty();
        listed.rows().forEach((row, why) -> assertThat(why).as("%s: why %s", listFile, row).isNotBlank().doesNotContain("TODO"));
    }

    /** data/import-differences/&lt;slug&gt;.md: a table of path | hand-checked | importer | why. */
    record DifferencesFile(String intro, Map<String, String> rows) {

        private static final int LONGEST = 100;

        static String cell(String text) {
            String t = text.replace("\n", "⏎").replace("|", "\\|");
            return t.length() > LONGEST ? t.substring(0, LONGEST) + "…" : t;
        }

        static String row(ReportDifference d) {
            return "| `" + d.path() + "` | " + cell(d.expected()) + " | " + cell(d.actual()) + " |";
        }

        static DifferencesFile read(Path file) throws IOException {
            Map<String, String> rows = new LinkedHashMap<>();
            StringBuilder intro = new StringBuilder();
            if (!Files.exists(file)) {
                return new DifferencesFile("", rows);
            }
            boolean table = false;
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("| `")) {
                    table = true;
                    List<Integer> bars = new ArrayList<>();
                    for (int i = 0; i < line.length(); i++) {
                        if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
                            bars.add(i);
                        }
                    }
                    String key = line.substring(0, bars.get(3) + 1);
                    String why = line.substring(bars.get(3) + 1, bars.get(4)).strip();
                    rows.put(key, why);
                } else if (!table && !line.startsWith("| path") && !line.startsWith("|---")) {
                    intro.append(line).append('\n');
                }
            }
            return new DifferencesFile(intro.toString().strip(), rows);
        }

        static void write(Path file, String slug, List<ReportDifference> differences, DifferencesFile old) throws IOException {
            StringBuilder s = new StringBuilder();
            s.append(old.intro().isEmpty() ? "# Importer differences: " + slug + "\n\nTODO: introduction" : old.intro()).append("\n\n");
            s.append("| path | hand-checked | importer | why |\n|---|---|---|---|\n");
            for (ReportDifference d : differences) {
                String row = row(d);
                String why = old.rows().getOrDefault(row, "TODO");
                s.append(row).append(' ').append(why).append(" |\n");
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, s.toString());
        }
    }
}
