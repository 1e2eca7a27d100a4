package uk.councilperformance.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import uk.councilperformance.periods.FinancialYear;
import uk.councilperformance.periods.Quarter;

/** What the table readers share while one report text is read: the lines, the current plan and theme, warnings. */
final class ParseContext {

    private static final Pattern CONTINUED = Pattern.compile("(?i)\\s*[-–(]?\\s*(continued|cont\\.?)\\)?\\s*$");
    /** Two printings of one theme heading differ only by what the extraction did to them. */
    private static final double SAME_THEME = 0.8;

    final String file;
    final List<SourceLine> lines;
    final FragmentJoiner joiner;
    final FinancialYear year;
    final Quarter quarter;
    final String agendaItemNumber;
    final List<ImportWarning> warnings = new ArrayList<>();
    final List<Draft.Plan> plans = new ArrayList<>();
    final List<Draft.Summary> reportSummaries = new ArrayList<>();
    Draft.Plan plan;
    Draft.Theme theme;
    final ProjectTableReader.State projects = new ProjectTableReader.State();

    ParseContext(String file, List<SourceLine> lines, FinancialYear year, Quarter quarter, String agendaItemNumber) {
        this.file = file;
        this.lines = lines;
        this.joiner = new FragmentJoiner(Vocabulary.of(lines));
        this.year = year;
        this.quarter = quarter;
        this.agendaItemNumber = agendaItemNumber;
    }

    void warn(SourceLine line, int cell, String problem) {
        warnings.add(new ImportWarning(file, line.number(), cell < 0 ? 0 : line.column(cell), problem));
    }

    void warn(int line, String problem) {
        warnings.add(new ImportWarning(file, line, 0, problem));
    }

    /** Text cut over the row's cells, joined; a token that had to be moved is a warning at the row. */
    String join(SourceLine row, List<String> pieces) {
        String joined = joiner.join(pieces);
        joiner.displacedToken(pieces).ifPresent(token -> warn(row, row.filled().stream().filter(c -> row.cell(c).endsWith(" " + token))
                .findFirst().orElse(-1), "\"" + token + "\" stands between the pieces of a word cut over the "
                + "columns (a line printed below the text, put among its pieces by extraction); placed after the text: \"" + joined + "\""));
        return joined;
    }

    /** A theme heading printed as a row, however spread over its cells. */
    Draft.Theme themeHeading(SourceLine row) {
        return theme(row, join(row, row.filled().stream().map(row::cell).toList()));
    }

    /** The current plan; tables printed before any plan heading get a plan named after the report, with a warning. */
    Draft.Plan plan(SourceLine at) {
        if (plan == null) {
            plan = new Draft.Plan();
            plan.title = "Priority Delivery Plan";
            plan.key = "plan";
            plan.line = at.number();
            plans.add(plan);
            warn(at, 0, "a table before any plan heading (\"... PDP 2019/20\"); its rows are put in a plan keyed \"plan\": "
                    + "correct the key and title in the report file");
        }
        return plan;
    }

    static String withoutContinued(String name) {
        return CONTINUED.matcher(name).replaceFirst("").strip();
    }

    /** The plan's theme of that name: a repeated or continued heading, however garbled, is the same theme. */
    Draft.Theme theme(SourceLine at, String publishedName) {
        Draft.Plan p = plan(at);
        String name = withoutContinued(publishedName);
        Draft.Theme best = null;
        double bestScore = 0;
        for (Draft.Theme t : p.themes) {
            if (!Similarity.atLeast(t.name, name, SAME_THEME)) {
                continue; // cannot be the same theme: spare the full comparison
            }
            double score = Similarity.of(t.name, name);
            if (score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        if (best != null && bestScore >= SAME_THEME) {
            theme = best;
        } else {
            theme = new Draft.Theme();
            theme.name = name;
            theme.line = at.number();
            p.themes.add(theme);
        }
        projects.reset();
        return theme;
    }

    /** Where indicator rows go: the current theme, or (before any heading) the plan's first theme, found later. */
    void addIndicator(SourceLine at, Draft.Indicator indicator) {
        if (theme == null) {
            plan(at).unthemed.add(indicator);
        } else {
            theme.indicators.add(indicator);
        }
    }

    void startPlan(Draft.Plan next) {
        plan = next;
        theme = null;
        projects.reset();
        plans.add(next);
    }
}
