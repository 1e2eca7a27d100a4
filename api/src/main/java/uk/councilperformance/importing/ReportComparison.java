package uk.councilperformance.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import uk.councilperformance.periods.Quarter;
import uk.councilperformance.reports.Keys;
import uk.councilperformance.reports.ReportFile;
import uk.councilperformance.reports.ReportFile.Indicator;
import uk.councilperformance.reports.ReportFile.Milestone;
import uk.councilperformance.reports.ReportFile.Plan;
import uk.councilperformance.reports.ReportFile.Project;
import uk.councilperformance.reports.ReportFile.Summary;
import uk.councilperformance.reports.ReportFile.SummaryRow;
import uk.councilperformance.reports.ReportFile.Theme;

/**
 * Compares two versions of one report (a hand-checked file and the importer's reading, or a stored report and
 * a corrected one) figure by figure. Items are paired by name, not position, so one missing row is one
 * difference; paths use the expected file's positions ({@code [+n]} for an item only the other has).
 * Transcribers' notes, series and unit overrides are the hand-checker's own words and are not compared.
 */
public final class ReportComparison {

    /** Names this alike (case, spacing and punctuation aside) are the same item printed differently. */
    private static final double SAME_ITEM = 0.85;

    private final List<ReportDifference> differences = new ArrayList<>();

    private ReportComparison() {
    }

    public static List<ReportDifference> compare(ReportFile expected, ReportFile actual) {
        ReportComparison c = new ReportComparison();
        c.report(expected, actual);
        return List.copyOf(c.differences);
    }

    private void report(ReportFile e, ReportFile a) {
        field("council.slug", e.council().slug(), a.council().slug());
        field("report.slug", e.report().slug(), a.report().slug());
        field("report.title", e.report().title(), a.report().title());
        field("report.meeting.body", e.report().meeting().body(), a.report().meeting().body());
        field("report.meeting.date", e.report().meeting().date().toString(), a.report().meeting().date().toString());
        field("report.meeting.item", e.report().meeting().item(), a.report().meeting().item());
        field("report.financialYear", e.report().financialYear().toString(), a.report().financialYear().toString());
        field("report.quarter", e.report().quarter().name(), a.report().quarter().name());
        field("report.endOfYear", String.valueOf(e.report().endOfYear()), String.valueOf(a.report().endOfYear()));
        field("report.corporatePlan", e.report().corporatePlan(), a.report().corporatePlan());
        field("report.source.file", e.report().sourceFile(), a.report().sourceFile());
        summaries("summaries", e.summaries(), a.summaries());
        pair("plans", e.plans(), a.plans(), Plan::key, Plan::title, this::plan);
    }

    private void plan(String path, Plan e, Plan a) {
        field(path + ".key", e.key(), a.key());
        field(path + ".title", e.title(), a.title());
        field(path + ".appendix", e.appendix(), a.appendix());
        field(path + ".line", line(e.line()), line(a.line()));
        field(path + ".commentary", e.commentary(), a.commentary());
        field(path + ".commentHeading", e.commentHeading(), a.commentHeading());
        summaries(path + ".summaries", e.summaries(), a.summaries());
        pair(path + ".themes", e.themes(), a.themes(), t -> Keys.of(ParseContext.withoutContinued(t.name())), Theme::name, this::theme);
    }

    private void theme(String path, Theme e, Theme a) {
        field(path + ".name", e.name(), a.name());
        field(path + ".line", line(e.line()), line(a.line()));
        pair(path + ".indicators", e.indicators(), a.indicators(),
                i -> Keys.of(i.name() + " " + i.breakdown().orElse("")), i -> i.name() + i.breakdown().map(b -> " – " + b).orElse(""),
                this::indicator);
        pair(path + ".projects", e.projects(), a.projects(), p -> Keys.of(p.name()), Project::name, this::project);
    }

    private void indicator(String path, Indicator e, Indicator a) {
        field(path + ".name", e.name(), a.name());
        field(path + ".breakdown", e.breakdown(), a.breakdown());
        field(path + ".frequency", e.frequency(), a.frequency());
        field(path + ".lastYearOutturn", e.lastYearOutturn(), a.lastYearOutturn());
        field(path + ".target", e.target(), a.target());
        quarters(path + ".values", e.values(), a.values());
        field(path + ".total", e.total(), a.total());
        field(path + ".totalType", e.totalType(), a.totalType());
        field(path + ".direction", e.direction(), a.direction());
        field(path + ".comparison", e.comparison(), a.comparison());
        field(path + ".assessment", e.assessment(), a.assessment());
        field(path + ".line", line(e.line()), line(a.line()));
    }

    private void project(String path, Project e, Project a) {
        field(path + ".approach", e.approach(), a.approach());
        field(path + ".name", e.name(), a.name());
        field(path + ".outcomes", e.outcomes(), a.outcomes());
        field(path + ".line", line(e.line()), line(a.line()));
        pair(path + ".milestones", e.milestones(), a.milestones(), m -> Keys.of(m.name()), Milestone::name, this::milestone);
    }

    private void milestone(String path, Milestone e, Milestone a) {
        field(path + ".name", e.name(), a.name());
        field(path + ".comment", e.comment(), a.comment());
        field(path + ".due", e.due(), a.due());
        for (Quarter q : Quarter.values()) {
            field(path + ".ratings." + q, Optional.ofNullable(e.ratings().get(q)).map(r -> r.published()),
                    Optional.ofNullable(a.ratings().get(q)).map(r -> r.published()));
        }
        quarters(path + ".cells", e.cells(), a.cells());
        field(path + ".line", line(e.line()), line(a.line()));
    }

    private void summaries(String path, List<Summary> e, List<Summary> a) {
        pair(path, e, a, s -> Keys.of(s.title().orElse(s.table()) + " " + s.period()), s -> s.title().orElse(s.table()), this::summary);
    }

    private void summary(String path, Summary e, Summary a) {
        field(path + ".title", e.title(), a.title());
        field(path + ".table", e.table(), a.table());
        field(path + ".kind", e.kind(), a.kind());
        field(path + ".period", e.period(), a.period());
        field(path + ".quarter", e.quarter().name(), a.quarter().name());
        field(path + ".line", line(e.line()), line(a.line()));
        pair(path + ".rows", e.rows(), a.rows(), r -> r.plan().orElse("") + "|" + r.label().orElse(""),
                r -> r.label().or(r::plan).orElse("row"), this::row);
    }

    private void row(String path, SummaryRow e, SummaryRow a) {
        field(path + ".plan", e.plan(), a.plan());
        field(path + ".label", e.label(), a.label());
        TreeSet<String> keys = new TreeSet<>(e.counts().keySet());
        keys.addAll(a.counts().keySet());
        for (String key : keys) {
            field(path + ".counts." + key, Optional.ofNullable(e.counts().get(key)), Optional.ofNullable(a.counts().get(key)));
        }
        field(path + ".total", e.total(), a.total());
    }

    private void quarters(String path, Map<Quarter, String> e, Map<Quarter, String> a) {
        for (Quarter q : Quarter.values()) {
            field(path + "." + q, Optional.ofNullable(e.get(q)), Optional.ofNullable(a.get(q)));
        }
    }

    /** Pairs items by key, then by close names; unpaired items are one difference each. */
    private <T> void pair(String path, List<T> expected, List<T> actual, Function<T, String> key, Function<T, String> name,
                          Comparer<T> compare) {
        Integer[] partner = new Integer[expected.size()];
        boolean[] taken = new boolean[actual.size()];
        for (int i = 0; i < expected.size(); i++) {
            for (int j = 0; j < actual.size(); j++) {
                if (!taken[j] && key.apply(expected.get(i)).equals(key.apply(actual.get(j)))) {
                    partner[i] = j;
                    taken[j] = true;
                    break;
                }
            }
        }
        for (int i = 0; i < expected.size(); i++) {
            if (partner[i] != null) {
                continue;
            }
            int best = -1;
            double bestScore = SAME_ITEM;
            for (int j = 0; j < actual.size(); j++) {
                double score = taken[j] ? 0 : Similarity.of(name.apply(expected.get(i)), name.apply(actual.get(j)));
                if (score >= bestScore) {
                    best = j;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                partner[i] = best;
                taken[best] = true;
            }
        }
        for (int i = 0; i < expected.size(); i++) {
            String at = path + "[" + i + "]";
            if (partner[i] == null) {
                differences.add(new ReportDifference(at, name.apply(expected.get(i)), ReportDifference.NONE));
            } else {
                compare.compare(at, expected.get(i), actual.get(partner[i]));
            }
        }
        for (int j = 0; j < actual.size(); j++) {
            if (!taken[j]) {
                differences.add(new ReportDifference(path + "[+" + j + "]", ReportDifference.NONE, name.apply(actual.get(j))));
            }
        }
    }

    private interface Comparer<T> {
        void compare(String path, T expected, T actual);
    }

    private static Optional<String> line(Optional<Integer> line) {
        return line.map(String::valueOf);
    }

    private void field(String path, String e, String a) {
        field(path, Optional.ofNullable(e), Optional.ofNullable(a));
    }

    private void field(String path, Optional<String> e, Optional<String> a) {
        if (!e.equals(a)) {
            differences.add(new ReportDifference(path, e.orElse(ReportDifference.NONE), a.orElse(ReportDifference.NONE)));
        }
    }
}
