package uk.councilperformance.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import uk.councilperformance.periods.FinancialYear;
import uk.councilperformance.periods.Quarter;
import uk.councilperformance.ratings.CommonStatus;
import uk.councilperformance.ratings.RatingScheme;
import uk.councilperformance.ratings.RatingScheme.Rating;
import uk.councilperformance.ratings.RatingSchemes;
import uk.councilperformance.reports.ReportFile.Council;
import uk.councilperformance.reports.ReportFile.Indicator;
import uk.councilperformance.reports.ReportFile.Meeting;
import uk.councilperformance.reports.ReportFile.Milestone;
import uk.councilperformance.reports.ReportFile.Plan;
import uk.councilperformance.reports.ReportFile.Project;
import uk.councilperformance.reports.ReportFile.Report;
import uk.councilperformance.reports.ReportFile.Summary;
import uk.councilperformance.reports.ReportFile.SummaryRow;
import uk.councilperformance.reports.ReportFile.Theme;

/**
 * Reads a canonical report file and checks it completely before anything is stored: every mistake is
 * reported with file, line and field. The format is described in docs/canonical-format.md.
 */
public final class ReportFileReader {

    public static final String FORMAT = "council-performance/1";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> ACTION_KEYS = List.of("completed", "on-track", "slightly-behind",
            "seriously-behind", "closed", "not-rated");
    private static final List<String> INDICATOR_KEYS = List.of("improved", "deteriorated", "same", "not-available");

    private final RatingSchemes schemes;
    private final Path dataDirectory;

    public ReportFileReader(RatingSchemes schemes, Path dataDirectory) {
        this.schemes = schemes;
        this.dataDirectory = dataDirectory;
    }

    public ReportFile read(Path path, String displayName) {
        YamlMap root = YamlMap.load(path, displayName)
                .allowOnly(List.of("format", "council", "report", "summaries", "plans"));
        String format = root.requiredText("format");
        if (!FORMAT.equals(format)) {
            throw root.error("format", "expected \"" + FORMAT + "\", not \"" + format + "\"");
        }
        YamlMap c = root.requiredMap("council").allowOnly(List.of("slug", "name"));
        Council council = new Council(slug(c, "slug"), c.requiredText("name"));
        Report report = report(root.requiredMap("report"));
        RatingScheme scheme = schemes.forYear(report.financialYear()).orElseThrow(() -> root.error("report",
                "no rating scheme in rating-schemes.yaml covers " + report.financialYear()));

        List<YamlMap> planNodes = root.list("plans");
        Set<String> planKeys = new HashSet<>();
        for (YamlMap p : planNodes) {
            if (!planKeys.add(slug(p, "key"))) {
                throw p.error("key", "plan \"" + p.requiredText("key") + "\" appears twice in this report");
            }
        }
        List<Plan> plans = new ArrayList<>();
        for (YamlMap p : planNodes) {
            plans.add(plan(p, scheme));
        }
        List<Summary> summaries = summaries(root, Optional.of(planKeys));
        return new ReportFile(displayName, Sha256.of(path), council, report, List.copyOf(summaries), List.copyOf(plans));
    }

    private Report report(YamlMap r) {
        r.allowOnly(List.of("slug", "title", "meeting", "financialYear", "quarter", "endOfYear", "corporatePlan",
                "source", "transcription"));
        YamlMap m = r.requiredMap("meeting").allowOnly(List.of("body", "date", "item"));
        Meeting meeting = new Meeting(m.requiredText("body"),
                m.requiredParsed("date", ReportFileReader::date, "a date written YYYY-MM-DD"), m.text("item"));
        YamlMap source = r.requiredMap("source").allowOnly(List.of("file"));
        String sourceFile = source.requiredText("file");
        Path resolved = dataDirectory.resolve(sourceFile).normalize();
        if (!resolved.startsWith(dataDirectory.normalize()) || !Files.isRegularFile(resolved)) {
            throw source.error("file", "no such source text under the data folder: " + sourceFile);
        }
        YamlMap t = r.requiredMap("transcription").allowOnly(List.of("method", "notes"));
        String method = t.requiredText("method");
        if (!method.equals("hand") && !method.equals("importer")) {
            throw t.error("method", "must be hand or importer, not \"" + method + "\"");
        }
        return new Report(slug(r, "slug"), r.requiredText("title"), meeting,
                r.requiredParsed("financialYear", FinancialYear::parse, "a financial year like 2019/20"),
                r.requiredParsed("quarter", Quarter::parse, "a quarter Q1 to Q4"),
                r.parsed("endOfYear", ReportFileReader::bool, "true or false").orElse(false),
                r.text("corporatePlan"), sourceFile, method, t.text("notes"));
    }

    private Plan plan(YamlMap p, RatingScheme scheme) {
        p.allowOnly(List.of("key", "title", "appendix", "line", "commentary", "commentHeading", "summaries", "themes"));
        List<Theme> themes = new ArrayList<>();
        for (YamlMap t : p.list("themes")) {
            themes.add(theme(t, scheme));
        }
        return new Plan(slug(p, "key"), p.requiredText("title"), p.text("appendix"), p.lineNumber("line"),
                p.text("commentary"), p.text("commentHeading"), List.copyOf(summaries(p, Optional.empty())),
                List.copyOf(themes));
    }

    private Theme theme(YamlMap t, RatingScheme scheme) {
        t.allowOnly(List.of("name", "line", "indicators", "projects"));
        List<Indicator> indicators = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap i : t.list("indicators")) {
            Indicator indicator = indicator(i);
            if (!seen.add(Keys.of(indicator.name() + " " + indicator.breakdown().orElse("")))) {
                throw i.error("name", "the same indicator appears twice in this theme; give each row a different breakdown");
            }
            indicators.add(indicator);
        }
        List<Project> projects = new ArrayList<>();
        // A project printed twice in a theme is stored as one: the same milestone under both would be stored twice.
        Map<String, Set<String>> milestonesOfProject = new HashMap<>();
        for (YamlMap p : t.list("projects")) {
            Project project = project(p, scheme);
            Set<String> names = milestonesOfProject.computeIfAbsent(Keys.of(project.name()), k -> new HashSet<>());
            List<YamlMap> listed = p.list("milestones");
            for (int k = 0; k < project.milestones().size(); k++) {
                if (!names.add(Keys.of(project.milestones().get(k).name()))) {
                    throw listed.get(k).error("name", "the same milestone appears twice under project \"" + project.name()
                            + "\" in this theme (the project is printed twice); tell the milestones apart");
                }
            }
            projects.add(project);
        }
        return new Theme(t.requiredText("name"), t.lineNumber("line"), List.copyOf(indicators), List.copyOf(projects));
    }

    private Indicator indicator(YamlMap i) {
        i.allowOnly(List.of("name", "breakdown", "frequency", "lastYearOutturn", "target", "values", "total",
                "totalType", "direction", "comparison", "assessment", "note", "series", "unit", "polarity", "line"));
        Map<Quarter, String> values = quarterTexts(i, "values");
        return new Indicator(i.requiredText("name"), i.text("breakdown"),
                i.parsed("frequency", ReportFileReader::frequency, "Q (quarterly) or A (annual)"),
                i.text("lastYearOutturn"), i.text("target"), values, i.text("total"),
                i.parsed("totalType", oneOf("cumulative", "average"), "cumulative or average"),
                i.parsed("direction", oneOf("improved", "deteriorated", "same", "not available"),
                        "improved, deteriorated, same or not available"),
                i.text("comparison"), i.text("assessment"), i.text("note"), seriesKey(i),
                i.parsed("unit", oneOf("count", "money", "percent"), "count, money or percent"),
                i.parsed("polarity", oneOf("higher-is-better", "lower-is-better"), "higher-is-better or lower-is-better"),
                i.lineNumber("line"));
    }

    private Project project(YamlMap p, RatingScheme scheme) {
        p.allowOnly(List.of("approach", "name", "outcomes", "note", "line", "milestones"));
        List<Milestone> milestones = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap m : p.list("milestones")) {
            Milestone milestone = milestone(m, scheme);
            if (!seen.add(Keys.of(milestone.name()))) {
                throw m.error("name", "the same milestone appears twice in this project");
            }
            milestones.add(milestone);
        }
        return new Project(p.text("approach"), p.requiredText("name"), p.text("outcomes"), p.text("note"), p.lineNumber("line"),
                List.copyOf(milestones));
    }

    private Milestone milestone(YamlMap m, RatingScheme scheme) {
        m.allowOnly(List.of("name", "comment", "due", "ratings", "cells", "note", "series", "line"));
        Map<Quarter, Rating> ratings = new EnumMap<>(Quarter.class);
        quarterTexts(m, "ratings").forEach((quarter, symbol) -> ratings.put(quarter, scheme.interpret(symbol)
                .orElseThrow(() -> m.map("ratings").orElseThrow().error(quarter.name(),
                        "\"" + symbol + "\" is not a rating symbol of the " + scheme.title() + " scheme "
                                + "(use ✓, ●, ▲ or ✗ as published, \"Not rated\", or \"unknown\" for a lost symbol)"))));
        return new Milestone(m.requiredText("name"), m.text("comment"), m.text("due"), ratings, quarterTexts(m, "cells"),
                m.text("note"), seriesKey(m), m.lineNumber("line"));
    }

    private List<Summary> summaries(YamlMap owner, Optional<Set<String>> planKeys) {
        List<Summary> summaries = new ArrayList<>();
        for (YamlMap s : owner.list("summaries")) {
            s.allowOnly(List.of("title", "table", "kind", "period", "quarter", "note", "line", "rows"));
            String kind = s.requiredParsed("kind", oneOf("actions", "indicators"), "actions or indicators");
            List<String> statusKeys = kind.equals("actions") ? ACTION_KEYS : INDICATOR_KEYS;
            List<SummaryRow> rows = new ArrayList<>();
            for (YamlMap row : s.list("rows")) {
                row.allowOnly(List.of("plan", "label", "counts", "total"));
                Optional<String> plan = row.text("plan");
                if (plan.isPresent() && planKeys.isEmpty()) {
                    throw row.error("plan", "a plan's own summary has no plan column; remove it");
                }
                if (planKeys.isPresent()) {
                    String key = plan.orElseThrow(() -> row.error("plan", "is required: a plan key of this report, or total"));
                    if (!key.equals("total") && !planKeys.get().contains(key)) {
                        throw row.error("plan", "\"" + key + "\" is not a plan in this report (plans: "
                                + String.join(", ", planKeys.get()) + ", or total)");
                    }
                }
                Map<String, String> counts = new LinkedHashMap<>();
                YamlMap cells = row.requiredMap("counts");
                cells.allowOnly(statusKeys);
                for (String key : statusKeys) {
                    cells.text(key).ifPresent(text -> counts.put(key, text));
                }
                rows.add(new SummaryRow(plan, row.text("label"), counts, row.text("total")));
            }
            summaries.add(new Summary(s.text("title"), s.requiredText("table"), kind,
                    s.requiredParsed("period", oneOf("quarter", "cumulative", "annual"), "quarter, cumulative or annual"),
                    s.requiredParsed("quarter", Quarter::parse, "a quarter Q1 to Q4"), s.text("note"), s.lineNumber("line"),
                    List.copyOf(rows)));
        }
        return summaries;
    }

    private static Map<Quarter, String> quarterTexts(YamlMap owner, String key) {
        Map<Quarter, String> texts = new EnumMap<>(Quarter.class);
        owner.map(key).ifPresent(map -> {
            for (String k : map.keys()) {
                Quarter quarter = Quarter.parse(k).filter(q -> q.name().equals(k))
                        .orElseThrow(() -> map.error(k, "expected a quarter Q1, Q2, Q3 or Q4 as the key"));
                map.text(k).ifPresent(text -> texts.put(quarter, text));
            }
        });
        return texts;
    }

    private static Optional<String> seriesKey(YamlMap m) {
        return m.parsed("series", s -> SLUG.matcher(s).matches() ? Optional.of(s) : Optional.empty(),
                "a series key of lower-case letters, digits and hyphens");
    }

    private static String slug(YamlMap m, String key) {
        return m.requiredParsed(key, s -> SLUG.matcher(s).matches() ? Optional.of(s) : Optional.empty(),
                "lower-case letters, digits and hyphens");
    }

    private static java.util.function.Function<String, Optional<String>> oneOf(String... allowed) {
        return s -> List.of(allowed).contains(s) ? Optional.of(s) : Optional.empty();
    }

    /** Q or A; the text often carries the Cyrillic look-alike А. */
    private static Optional<String> frequency(String text) {
        String folded = LookAlikes.fold(text).trim().toUpperCase(java.util.Locale.ROOT);
        return folded.equals("Q") || folded.equals("A") ? Optional.of(folded) : Optional.empty();
    }

    private static Optional<Boolean> bool(String text) {
        return switch (text) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static {
        // Keep the list of common-scale keys in step with CommonStatus.
        for (String key : ACTION_KEYS) {
            CommonStatus.fromKey(key).orElseThrow();
        }
    }
}
