package uk.councilperformance.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a synthetic data folder with the shape of the real reports, for benchmarks and fault tests:
 * councils × years × quarterly reports, four plans a year, themes, 20–40 indicators and 15–40 milestones a
 * plan, quarterly values (compound, "n/a", percentages), ratings in every mangled form, figures restated and
 * revised by later reports. The same seed always gives the same files. It is never mixed with real data:
 * every council is called "Synthetic ... (test data)".
 */
public final class SyntheticReports {

    private static final String[] PLANS = {"promoting-prosperity", "health-culture-sport",
            "environment-partnerships-community-safety", "corporate"};
    private static final String[] PLAN_TITLES = {"Promoting Prosperity", "Improving Community Wellbeing – Health, Culture and Sport",
            "Improving Community Wellbeing – Environment, Partnerships and Community Safety", "Corporate"};
    private static final String[] THEMES = {"Sustaining safe and secure communities", "Support vulnerable people",
            "Promoting attractive and healthy environments", "Increase housing choice", "Create strong and diverse town centres",
            "Increase access to employment opportunities", "Delivering Council services that are customer centred"};
    private static final String[] MEASURES = {"Number of fly tipping incidents", "Number of ASB complaints dealt with",
            "Number of Discretionary Housing Payments awards", "Town Centre Vacancy Rates", "Number of tenancies sustained",
            "Percentage of calls answered", "Number of new dwellings completed", "Visits to leisure centres",
            "Number of CCTV case reviews", "Household waste recycled", "Number of Growth Hub enquiries", "Payments made online"};
    private static final String[] SYMBOLS = {"✓", "√", "1", "/", "●", "•", "▲", "Δ", "\\triangle", "✗", "*", "unknown"};

    private SyntheticReports() {
    }

    /** What was written. */
    public record Written(int reports, int indicators, int milestones) {
    }

    public static Written write(Path folder, Path ratingSchemes, int councils, int years, long seed) {
        try {
            Files.createDirectories(folder.resolve("reports"));
            Files.createDirectories(folder.resolve("sources"));
            Files.writeString(folder.resolve("sources/synthetic.txt"),
                    "Synthetic test data made by SyntheticReports; not a council's report.\n", StandardCharsets.UTF_8);
            Files.copy(ratingSchemes, folder.resolve("rating-schemes.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Random random = new Random(seed);
            int reports = 0;
            int indicators = 0;
            int milestones = 0;
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
            options.setWidth(200);
            options.setAllowUnicode(true);
            Yaml yaml = new Yaml(options);
            for (int c = 1; c <= councils; c++) {
                String council = String.format("synthetic-%03d", c);
                for (int y = 0; y < years; y++) {
                    int year = 2019 + y;
                    Shape shape = Shape.of(random);
                    for (int q = 1; q <= 4; q++) {
                        Map<String, Object> report = report(council, c, year, q, shape, random);
                        String slug = (String) ((Map<?, ?>) report.get("report")).get("slug");
                        Files.writeString(folder.resolve("reports/" + slug + ".yaml"), yaml.dump(report), StandardCharsets.UTF_8);
                        reports++;
                    }
                    indicators += shape.indicatorsTotal();
                    milestones += shape.milestonesTotal();
                }
            }
            return new Written(reports, indicators, milestones);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plans, themes, indicators and milestones of one council's year: the same in each quarter's report. */
    private record Shape(int[] themes, int[] indicators, int[] milestones, long seed) {
        static Shape of(Random random) {
            int[] themes = new int[PLANS.length];
            int[] indicators = new int[PLANS.length];
            int[] milestones = new int[PLANS.length];
            for (int p = 0; p < PLANS.length; p++) {
                themes[p] = 2 + random.nextInt(4);
                indicators[p] = 20 + random.nextInt(21);
                milestones[p] = 15 + random.nextInt(26);
            }
            return new Shape(themes, indicators, milestones, random.nextLong());
        }

        int indicatorsTotal() {
            return java.util.Arrays.stream(indicators).sum();
        }

        int milestonesTotal() {
            return java.util.Arrays.stream(milestones).sum();
        }

        /** The draws for one row of a plan, the same in every quarter's report of the year. */
        Random figures(int plan, int row) {
            return new Random((seed * 31 + plan) * 10_007 + row);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> report(String council, int councilNumber, int year, int quarter, Shape shape,
                                              Random random) {
        String fy = String.format("%d/%02d", year, (year + 1) % 100);
        String slug = String.format("%s-%d-%02d-q%d", council, year, (year + 1) % 100, quarter);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "council-performance/1");
        root.put("council", map("slug", council, "name", "Synthetic Council " + councilNumber + " (test data)"));
        int month = 6 + 3 * quarter;
        root.put("report", map(
                "slug", slug,
                "title", "Quarter " + quarter + " Performance Report " + fy,
                "meeting", map("body", "Cabinet", "date", String.format("%d-%02d-15", month > 12 ? year + 1 : year,
                        month > 12 ? month - 12 : month)),
                "financialYear", fy,
                "quarter", "Q" + quarter,
                "endOfYear", quarter == 4 ? "true" : "false",
                "source", map("file", "sources/synthetic.txt"),
                "transcription", map("method", "importer", "notes", "Synthetic test data.")));
        List<Object> plans = new ArrayList<>();
        for (int p = 0; p < PLANS.length; p++) {
            // Each indicator's and milestone's figures come from a seed of its own, drawn the same way in every
            // quarter's report, so a later report restates the earlier quarters as they were printed (targets,
            // frequency and due quarters too); only the report's own draws revise a few of them.
            List<Object> themes = new ArrayList<>();
            for (int t = 0; t < shape.themes()[p]; t++) {
                themes.add(new LinkedHashMap<String, Object>(map("name", THEMES[(p + t) % THEMES.length] + (t >= THEMES.length ? " " + t : ""),
                        "line", String.valueOf(10 + t))));
            }
            for (int i = 0; i < shape.indicators()[p]; i++) {
                Random figures = shape.figures(p, i);
                Map<String, Object> theme = (Map<String, Object>) themes.get(i % themes.size());
                int base = 20 + figures.nextInt(500);
                String frequency = figures.nextInt(5) == 0 ? "A" : "Q";
                String target = figures.nextInt(3) == 0 ? "Measure (not target)" : base + " (average for a quarter)";
                Map<String, Object> values = new LinkedHashMap<>();
                for (int q = 1; q <= 4; q++) {
                    int value = base + figures.nextInt(100);
                    int format = figures.nextInt(6);
                    if (q <= quarter) {
                        boolean revised = q < quarter && random.nextInt(50) == 0;
                        values.put("Q" + q, cell(value + (revised ? 1 : 0), format, random));
                    }
                }
                ((List<Object>) theme.computeIfAbsent("indicators", k -> new ArrayList<>())).add(map(
                        "name", MEASURES[i % MEASURES.length] + (i >= MEASURES.length ? " (" + (i / MEASURES.length) + ")" : ""),
                        "frequency", frequency,
                        "lastYearOutturn", String.valueOf(base * 4),
                        "target", target,
                        "values", values,
                        "line", String.valueOf(100 + i)));
            }
            int perProject = 3;
            for (int m = 0; m < shape.milestones()[p]; m += perProject) {
                Map<String, Object> theme = (Map<String, Object>) themes.get((m / perProject) % themes.size());
                List<Object> milestones = new ArrayList<>();
                for (int k = m; k < Math.min(m + perProject, shape.milestones()[p]); k++) {
                    Random figures = shape.figures(p, 1000 + k);
                    Map<String, Object> ratings = new LinkedHashMap<>();
                    for (int q = 1; q <= 4; q++) {
                        boolean rated = figures.nextInt(3) > 0;
                        String symbol = SYMBOLS[figures.nextInt(SYMBOLS.length)];
                        if (rated && q <= quarter) {
                            ratings.put("Q" + q, symbol);
                        }
                    }
                    Map<String, Object> milestone = map("name", "Milestone " + (k + 1) + " of plan " + (p + 1),
                            "comment", "Progress update <b>for</b> milestone " + (k + 1) + ": work continues & is reported.",
                            "due", "Q" + (1 + figures.nextInt(4)),
                            "line", String.valueOf(300 + k));
                    if (!ratings.isEmpty()) {
                        milestone.put("ratings", ratings);
                    }
                    if (ratings.containsValue("unknown")) {
                        milestone.put("note", "Synthetic: a lost rating symbol.");
                    }
                    milestones.add(milestone);
                }
                ((List<Object>) theme.computeIfAbsent("projects", k -> new ArrayList<>())).add(map(
                        "approach", "Approach " + (m / perProject + 1),
                        "name", "Key project " + (m / perProject + 1) + " of plan " + (p + 1),
                        "line", String.valueOf(200 + m),
                        "milestones", milestones));
            }
            plans.add(map("key", PLANS[p], "title", PLAN_TITLES[p] + " PDP " + fy, "appendix", "Appendix " + (p + 1),
                    "line", String.valueOf(1 + p), "themes", themes));
        }
        root.put("plans", plans);
        return root;
    }

    /** A published cell as councils print them: plain, compound, percentage, or n/a. */
    private static String cell(int value, int format, Random random) {
        return switch (format) {
            case 0 -> value + " cases £" + String.format("%,d", value * 137);
            case 1 -> String.format("%d.%d%%", value % 100, value % 10);
            case 2 -> random.nextInt(10) == 0 ? "n/a" : String.format("%,d", value);
            default -> String.valueOf(value);
        };
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
