package uk.councilperformance.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.councilperformance.periods.Quarter;

/**
 * Reads a projects table, recognised by its header row: Approach | Key Project | Milestone(s) | commentary |
 * Q1..Q4 (from 2018/19), or Action &amp; Progress Update | Outcomes | Q1..Q4 (2017/18). Cells that wrap over
 * several rows are joined; quarter columns give ratings, due quarters (X) and later due dates.
 */
final class ProjectTableReader {

    enum Column { APPROACH, PROJECT, MILESTONE, COMMENT, ACTION, OUTCOMES, Q1, Q2, Q3, Q4 }

    private static final Pattern QUARTER_HEADING = Pattern.compile("(?i)^(?:Q|Quarter\\s*)([1-4])\\b.*");
    private static final java.util.Set<Column> QUARTERS = java.util.EnumSet.of(Column.Q1, Column.Q2, Column.Q3, Column.Q4);
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)$");

    /** Where the reading stands, kept across a table repeated over a page break. */
    static final class State {
        Draft.Approach approach;
        Draft.Project project;
        Draft.Milestone milestone;

        void reset() {
            approach = null;
            project = null;
            milestone = null;
        }
    }

    private final ParseContext ctx;

    ProjectTableReader(ParseContext ctx) {
        this.ctx = ctx;
    }

    static Map<Column, Integer> header(SourceLine line) {
        if (!line.isRow()) {
            return null;
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < line.size(); i++) {
            String h = line.cell(i).toLowerCase(Locale.ROOT);
            Matcher q = QUARTER_HEADING.matcher(line.cell(i));
            if (h.startsWith("approach")) {
                columns.put(Column.APPROACH, i);
            } else if (h.startsWith("key project")) {
                columns.put(Column.PROJECT, i);
            } else if (h.startsWith("milestone")) {
                columns.put(Column.MILESTONE, i);
            } else if (i == 0 && h.startsWith("action") && h.contains("progress")) {
                columns.put(Column.ACTION, i);
            } else if (h.startsWith("outcome")) {
                columns.put(Column.OUTCOMES, i);
            } else if (q.matches()) {
                columns.putIfAbsent(Column.valueOf("Q" + q.group(1)), i);
            } else if (!h.isEmpty() && columns.containsKey(Column.MILESTONE) && !columns.containsKey(Column.COMMENT)) {
                columns.put(Column.COMMENT, i);
            }
        }
        boolean quarters = columns.containsKey(Column.Q1) && columns.containsKey(Column.Q4);
        boolean modern = columns.containsKey(Column.APPROACH) && columns.containsKey(Column.MILESTONE);
        boolean actions = columns.containsKey(Column.ACTION) && columns.containsKey(Column.OUTCOMES);
        return quarters && (modern || actions) ? columns : null;
    }

    int read(int start) {
        SourceLine headerLine = ctx.lines.get(start);
        Map<Column, Integer> columns = header(headerLine);
        Draft.Plan plan = ctx.plan(headerLine);
        if (plan.commentHeading == null) {
            int c = columns.getOrDefault(Column.COMMENT, columns.getOrDefault(Column.ACTION, -1));
            plan.commentHeading = c < 0 ? null : headerLine.cell(c);
        }
        int end = start + 1;
        while (end < ctx.lines.size() && ctx.lines.get(end).isRow() && !ctx.lines.get(end).isBlank()
                && header(ctx.lines.get(end)) == null && IndicatorTableReader.header(ctx.lines.get(end)) == null) {
            end++;
        }
        List<SourceLine> rows = ctx.lines.subList(start + 1, end);
        if (!rows.isEmpty()) {
            columns = QuarterColumns.aligned(columns, QUARTERS, rows, ctx);
        }
        for (int i = start + 1; i < end; i++) {
            SourceLine row = ctx.lines.get(i);
            if (!isSecondHeader(row)) {
                if (columns.containsKey(Column.ACTION)) {
                    actionRow(row, columns, i == start + 1);
                } else {
                    milestoneRow(row, columns, i == start + 1);
                }
            }
        }
        return end - 1;
    }

    /** " | | Rating | Rating": the second line of a two-line header. */
    private static boolean isSecondHeader(SourceLine row) {
        return !row.filled().isEmpty() && row.filled().stream().allMatch(k -> row.cell(k).equalsIgnoreCase("rating"));
    }

    private String cell(SourceLine row, Map<Column, Integer> columns, Column c) {
        return columns.containsKey(c) ? row.cell(columns.get(c)) : "";
    }

    private boolean hasQuarterContent(SourceLine row, Map<Column, Integer> columns) {
        for (Quarter q : Quarter.values()) {
            if (!cell(row, columns, Column.valueOf(q.name())).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A theme heading printed as a row of the table (often spread over its columns by extraction). */
    private boolean isHeading(SourceLine row, Map<Column, Integer> columns, boolean firstRow) {
        List<Integer> filled = row.filled();
        if (filled.isEmpty() || filled.get(0) != 0) {
            return false;
        }
        for (Quarter q : Quarter.values()) {
            String text = cell(row, columns, Column.valueOf(q.name()));
            if (QuarterCell.kind(text) == QuarterCell.Kind.RATING || QuarterCell.kind(text) == QuarterCell.Kind.DUE
                    || QuarterCell.isDate(text)) {
                return false;
            }
        }
        if (filled.size() == 1) {
            return true;
        }
        String text = String.join(" ", filled.stream().map(row::cell).toList());
        if (ctx.plan != null) {
            for (Draft.Theme t : ctx.plan.themes) {
                if (Similarity.atLeast(t.name, ParseContext.withoutContinued(ctx.joiner.join(filled.stream().map(row::cell).toList())), 0.8)) {
                    return true;
                }
            }
        }
        int broken = 0;
        for (int k = 1; k < filled.size(); k++) {
            if (FragmentJoiner.continues(row.cell(filled.get(k - 1)), row.cell(filled.get(k)))) {
                broken++;
            }
        }
        boolean nothingBeyondProject = cell(row, columns, Column.MILESTONE).isEmpty() && cell(row, columns, Column.COMMENT).isEmpty()
                && !hasQuarterContent(row, columns) && columns.containsKey(Column.MILESTONE);
        return broken > 0 && (firstRow || nothingBeyondProject) || text.length() < 200 && firstRow && broken > 0;
    }

    private void milestoneRow(SourceLine printed, Map<Column, Integer> columns, boolean firstRow) {
        SourceLine row = printed;
        if (columns.containsKey(Column.COMMENT) && !hasQuarterContent(row, columns) && cell(row, columns, Column.APPROACH).isEmpty()) {
            QuarterCell.Kind inComment = QuarterCell.kind(cell(row, columns, Column.COMMENT));
            if (inComment == QuarterCell.Kind.RATING || inComment == QuarterCell.Kind.DUE) {
                // A rating or due mark in the commentary column: the row's cells were printed one column left.
                row = printed.shiftedRight(columns.get(Column.PROJECT));
                ctx.warn(printed, columns.get(Column.COMMENT), "a rating or due mark stands in the commentary column; the row's cells "
                        + "are read one column to the right (milestone \"" + row.cell(columns.get(Column.MILESTONE)) + "\")");
            }
        }
        if (isHeading(row, columns, firstRow)) {
            ctx.themeHeading(row);
            return;
        }
        State s = ctx.projects;
        String a = cell(row, columns, Column.APPROACH);
        String p = cell(row, columns, Column.PROJECT);
        String m = cell(row, columns, Column.MILESTONE);
        String c = cell(row, columns, Column.COMMENT);
        String movedNote = null;
        int movedAt = projectInApproach(a, p);
        if (movedAt > 0) {
            movedNote = "The Approach cell reads \"" + a + "\" and the Key Project cell only \"" + p + "\", words that stand at the end "
                    + "of the Approach cell: the key project's text was put in the Approach column by extraction. Split where the "
                    + "project starts (a verb starting a new clause).";
            ctx.warn(row, columns.get(Column.PROJECT), "the Key Project cell \"" + p + "\" repeats words at the end of the Approach cell; "
                    + "read the project as \"" + a.substring(movedAt) + "\" and the approach as the text before it");
            p = a.substring(movedAt);
            a = a.substring(0, movedAt).strip();
        }
        boolean quarters = hasQuarterContent(row, columns);
        boolean newApproach = false;
        if (!a.isEmpty()) {
            a = ParseContext.withoutContinued(a);
            if (s.approach != null && goesOn(last(s.approach.pieces), a)) {
                s.approach.pieces.add(a);
            } else {
                s.approach = new Draft.Approach();
                s.approach.pieces.add(a);
                newApproach = true;
            }
        }
        boolean newProject = false;
        String shifted = null;
        if (!p.isEmpty()) {
            if (m.isEmpty() && a.isEmpty() && s.project != null && (quarters || !c.isEmpty())) {
                shifted = p;
            } else if (movedNote != null) {
                newProject(row, p);
                s.project.notes.add(movedNote);
                newProject = true;
            } else if (!newApproach && s.project != null && repeatsEnd(last(s.project.nameParts), p)) {
                // A word printed again on the next line by the extraction ("... Skills Academy" / "Academy").
                s.project.nameParts.add("");
            } else if (!newApproach && s.project != null && goesOn(last(s.project.nameParts), p)) {
                s.project.nameParts.add(p);
            } else {
                newProject(row, p);
                newProject = true;
            }
        }
        Draft.Milestone milestone = null;
        if (shifted != null) {
            milestone = newMilestone(row, shifted);
            milestone.notes.add("Printed in the Key Project column with the Milestone(s) column blank; read as a milestone of the project above.");
        } else if (!m.isEmpty()) {
            if (p.isEmpty() && a.isEmpty() && s.milestone != null && !quarters && c.isEmpty() && goesOnMilestone(last(s.milestone.nameParts), m)) {
                s.milestone.nameParts.add(m);
                return;
            }
            if (printedTogether(row, columns, m, c)) {
                return;
            }
            milestone = newMilestone(row, m);
        } else if (newProject && (quarters || !c.isEmpty())) {
            milestone = newMilestone(row, p);
            milestone.notes.add("Milestone(s) cell blank; the milestone is named after the key project.");
        } else if (p.isEmpty() && a.isEmpty() && !c.isEmpty() && s.milestone != null && !quarters) {
            s.milestone.commentParts.add(c);
            return;
        }
        if (milestone == null) {
            if (quarters || !c.isEmpty()) {
                ctx.warn(row, 0, "a row with commentary or quarter marks but no milestone; left out");
            }
            return;
        }
        if (!c.isEmpty()) {
            milestone.commentParts.add(c);
        }
        quarters(row, columns, milestone);
    }

    /**
     * Several milestones in one Milestone(s) cell: the row carries n separate marks (n symbols in one quarter cell,
     * or due marks in n quarters) and the text has exactly n − 1 places where a new milestone starts
     * ({@link MilestoneSplit}). The cell is split and the marks given out in order, the first milestone taking the
     * earliest quarter or the first symbol. A milestone due in two quarters has no such place and stays whole.
     */
    private boolean printedTogether(SourceLine row, Map<Column, Integer> columns, String name, String comment) {
        Map<Quarter, String> cells = new EnumMap<>(Quarter.class);
        for (Quarter q : Quarter.values()) {
            cells.put(q, cell(row, columns, Column.valueOf(q.name())));
        }
        MilestoneSplit.Marks marks = MilestoneSplit.Marks.of(cells);
        List<String> names = MilestoneSplit.split(name, marks.count()).orElse(null);
        if (names == null) {
            return false;
        }
        int n = names.size();
        for (int k = 0; k < n; k++) {
            Draft.Milestone milestone = newMilestone(row, names.get(k));
            marks.give(k, milestone.ratings, due -> milestone.due = due);
            milestone.notes.add("Printed with " + (n - 1) + " other milestone" + (n > 2 ? "s" : "") + " in one Milestone(s) cell, with "
                    + marks + "; split where a new milestone starts with a verb, and the marks given out in order (this one: "
                    + marks.describe(k) + ").");
            if (k == 0 && !comment.isEmpty()) {
                milestone.commentParts.add(comment);
                milestone.notes.add("The row's one commentary cell is kept with the first of them.");
            }
        }
        ctx.warn(row, columns.get(Column.MILESTONE), "one Milestone(s) cell holds " + n + " milestones (a new one starts at \""
                + String.join("\", \"", names.subList(1, n).stream().map(ProjectTableReader::firstWords).toList()) + "\") and the row "
                + "carries " + marks + ": split, the marks given out in order; check against the published report");
        return true;
    }

    private static String firstWords(String text) {
        String[] words = text.split("\\s+");
        return words.length <= 3 ? text : String.join(" ", List.of(words).subList(0, 3)) + " …";
    }

    private void actionRow(SourceLine row, Map<Column, Integer> columns, boolean firstRow) {
        if (isHeading(row, columns, firstRow)) {
            ctx.themeHeading(row);
            return;
        }
        State s = ctx.projects;
        String action = cell(row, columns, Column.ACTION);
        String outcomes = cell(row, columns, Column.OUTCOMES);
        if (!action.isEmpty()) {
            if (s.project != null && goesOn(last(s.project.nameParts), action)) {
                s.project.nameParts.add(action);
            } else {
                newProject(row, action);
                s.project.action = true;
                newMilestone(row, action);
            }
        }
        if (s.project == null) {
            ctx.warn(row, 0, "a row with no action above it; left out");
            return;
        }
        if (!outcomes.isEmpty()) {
            s.project.outcomes.add(outcomes);
        }
        quarters(row, columns, s.milestone);
    }

    private void newProject(SourceLine row, String name) {
        State s = ctx.projects;
        Draft.Theme theme = ctx.theme != null ? ctx.theme : null;
        if (theme == null) {
            ctx.warn(row, 0, "a project before any theme heading; put in a theme named after the plan");
            theme = ctx.theme(row, ctx.plan(row).title);
        }
        Draft.Project project = new Draft.Project();
        project.approach = s.approach;
        project.nameParts.add(name);
        project.line = row.number();
        theme.projects.add(project);
        s.project = project;
        s.milestone = null;
    }

    private Draft.Milestone newMilestone(SourceLine row, String name) {
        State s = ctx.projects;
        if (s.project == null) {
            ctx.warn(row, 0, "milestone \"" + name + "\" has no key project above it; put in a project of the same name");
            newProject(row, name);
        }
        Draft.Milestone m = new Draft.Milestone();
        m.nameParts.add(name);
        m.line = row.number();
        s.project.milestones.add(m);
        s.milestone = m;
        return m;
    }

    /** Ratings, due marks and due dates in the quarter columns. */
    private void quarters(SourceLine row, Map<Column, Integer> columns, Draft.Milestone m) {
        List<String> due = new ArrayList<>();
        Map<Quarter, String> texts = new EnumMap<>(Quarter.class);
        for (Quarter q : Quarter.values()) {
            if (!columns.containsKey(Column.valueOf(q.name()))) {
                continue;
            }
            int index = columns.get(Column.valueOf(q.name()));
            String text = row.cell(index);
            switch (QuarterCell.kind(text)) {
                case BLANK -> { }
                case RATING -> m.ratings.put(q.name(), text);
                case DUE -> due.add(q.name());
                case SEVERAL_RATINGS -> {
                    ctx.warn(row, index, "several rating symbols in one " + q + " cell (\"" + text
                            + "\"): probably several milestones printed in one row; kept as a cell, split the milestone by hand");
                    m.cells.put(q.name(), text);
                }
                case TEXT -> texts.put(q, text);
            }
        }
        if (!texts.isEmpty()) {
            String joined = ctx.joiner.join(new ArrayList<>(texts.values()));
            Quarter first = texts.keySet().iterator().next();
            if (QuarterCell.isDate(joined) && due.isEmpty()) {
                m.due = QuarterCell.dueText(joined);
                m.notes.add("'" + String.join("' '", texts.values()) + "' printed in the " + String.join(", ",
                        texts.keySet().stream().map(Quarter::name).toList()) + " column" + (texts.size() > 1 ? "s" : "") + ".");
                String whole = QuarterCell.completedFrom(m.due, String.join(" ", m.nameParts));
                if (!whole.equals(m.due)) {
                    m.notes.add("The year is cut short at the edge of the table (\"" + m.due + "\"); completed from the same date in the "
                            + "milestone's name: \"" + whole + "\".");
                    m.due = whole;
                }
            } else if (texts.size() > 1 && allContinue(new ArrayList<>(texts.values()))) {
                m.cells.put(first.name(), joined);
                m.notes.add("Spans " + String.join("–", texts.keySet().stream().map(Quarter::name).toList()) + " in the source.");
            } else {
                texts.forEach((q, t) -> m.cells.put(q.name(), t));
            }
        }
        if (!due.isEmpty()) {
            m.due = String.join(" ", due);
        }
    }

    private static boolean allContinue(List<String> pieces) {
        for (int k = 1; k < pieces.size(); k++) {
            if (!FragmentJoiner.continues(pieces.get(k - 1), pieces.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static String last(List<String> parts) {
        for (int k = parts.size() - 1; k >= 0; k--) {
            if (!parts.get(k).isEmpty()) {
                return parts.get(k);
            }
        }
        return "";
    }

    /**
     * "... adults and children Launch `See Something Say Something Campaign`" | "Something Say": the Key Project cell
     * holds only words that stand again at the end of the Approach cell, after the one place where a new clause starts:
     * the project's text was put in the Approach column. Where the project starts, or -1.
     */
    static int projectInApproach(String approach, String project) {
        if (project.isEmpty() || project.split("\\s+").length < 2 || approach.length() <= project.length()) {
            return -1;
        }
        List<Integer> starts = MilestoneSplit.clauseStarts(approach);
        return starts.size() == 1 && approach.indexOf(project, starts.get(0)) > starts.get(0) ? starts.get(0) : -1;
    }

    /** Whether a cell goes on from the same column's cell on the row above (a wrapped cell). */
    static boolean goesOn(String previous, String next) {
        if (previous.isEmpty() || next.isEmpty()) {
            return false;
        }
        char first = next.charAt(0);
        char last = previous.charAt(previous.length() - 1);
        return Character.isLowerCase(first) || Character.isDigit(first) && !Character.isDigit(last) && last != '.'
                || IndicatorTableReader.endsWithLinkingWord(previous) || "-–,:&/(".indexOf(last) >= 0 || cannotEndName(previous);
    }

    /**
     * A cell whose last word cannot be a noun or a name (an adjective or participle such as "associated" or
     * "approved", a preposition, a determiner) does not end a name or a sentence: the cell below goes on.
     */
    static boolean cannotEndName(String text) {
        Matcher word = LAST_WORD.matcher(text);
        return word.find() && !English.dictionary().canBeNoun(word.group(1));
    }

    private static boolean goesOnMilestone(String previous, String next) {
        if (previous.isEmpty()) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        return "-–,:&/(".indexOf(last) >= 0 || IndicatorTableReader.endsWithLinkingWord(previous)
                || Character.isLowerCase(next.charAt(0));
    }

    private static boolean repeatsEnd(String previous, String next) {
        return next.length() < previous.length() && previous.endsWith(" " + next) && !next.contains(".");
    }

    /** Joins the pieces of wrapped cells once the whole plan has been read. */
    static void finish(Draft.Plan plan, FragmentJoiner joiner) {
        for (Draft.Theme t : plan.themes) {
            for (Draft.Project p : t.projects) {
                if (p.approach != null && p.approach.text == null) {
                    p.approach.text = String.join(" ", p.approach.pieces);
                }
                p.name = String.join(" ", p.nameParts.stream().filter(x -> !x.isEmpty()).toList());
                for (Draft.Milestone m : p.milestones) {
                    m.name = p.action ? p.name : String.join(" ", m.nameParts);
                    m.comment = m.commentParts.isEmpty() ? null : String.join(" ", m.commentParts);
                }
            }
        }
    }
}
