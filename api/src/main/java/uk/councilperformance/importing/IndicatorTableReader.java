package uk.councilperformance.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.councilperformance.periods.Quarter;
import uk.councilperformance.reports.LookAlikes;

/**
 * Reads a performance-indicator table, recognised by its header row (a name column, then Frequency, Last
 * year's outturn, Target, Q1..Q4, Total, or the 2017/18 columns). Theme headings inside the table, sub-rows
 * (a blank name cell, or a name row whose figures follow in rows below) and values spread over several
 * quarter columns are handled; every cell is kept as published.
 */
final class IndicatorTableReader {

    enum Column { NAME, FREQUENCY, OUTTURN, TARGET, Q1, Q2, Q3, Q4, TOTAL, ASSESSMENT, COMPARISON }

    private static final Set<Column> QUARTERS = EnumSet.of(Column.Q1, Column.Q2, Column.Q3, Column.Q4);
    private static final Pattern QUARTER_HEADING = Pattern.compile("(?i)^(?:Q|Quarter\\s*)([1-4])\\b.*");
    private static final Pattern BREAKDOWN_BY_DASH = Pattern.compile("^(.+?)\\s+[-–]\\s+.*$");
    private static final Pattern BREAKDOWN_BY_NUMBER = Pattern.compile("^(\\D+?)\\s+[£(]?\\d.*$");

    private final ParseContext ctx;

    IndicatorTableReader(ParseContext ctx) {
        this.ctx = ctx;
    }

    /** The columns of a header row, or null if the row is not an indicator table's header. */
    static Map<Column, Integer> header(SourceLine line) {
        if (!line.isRow()) {
            return null;
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        boolean named = false;
        for (int i = 0; i < line.size(); i++) {
            String h = line.cell(i).toLowerCase(Locale.ROOT);
            Matcher q = QUARTER_HEADING.matcher(line.cell(i));
            if (i == 0 && (h.contains("indicator") || h.isEmpty())) {
                named = true;
                columns.put(Column.NAME, 0);
            } else if (h.startsWith("frequency")) {
                columns.put(Column.FREQUENCY, i);
            } else if (h.contains("outturn")) {
                columns.put(Column.OUTTURN, i);
            } else if (h.contains("achieved") || h.contains("trend")) {
                columns.put(Column.ASSESSMENT, i);
            } else if (h.contains("compared")) {
                columns.put(Column.COMPARISON, i);
            } else if (h.startsWith("target")) {
                columns.put(Column.TARGET, i);
            } else if (h.startsWith("total")) {
                columns.put(Column.TOTAL, i);
            } else if (q.matches() && !h.contains("rating")) {
                columns.putIfAbsent(Column.valueOf("Q" + q.group(1)), i);
            }
        }
        boolean quarters = columns.containsKey(Column.Q1) && columns.containsKey(Column.Q4);
        return named && quarters && (columns.containsKey(Column.FREQUENCY) || columns.containsKey(Column.ASSESSMENT)
                || columns.containsKey(Column.TARGET)) ? columns : null;
    }

    /** Reads the table whose header is at {@code start}; returns the index of its last line. */
    int read(int start) {
        Map<Column, Integer> columns = header(ctx.lines.get(start));
        List<SourceLine> rows = new ArrayList<>();
        int i = start + 1;
        while (i < ctx.lines.size() && ctx.lines.get(i).isRow() && !ctx.lines.get(i).isBlank()
                && header(ctx.lines.get(i)) == null && ProjectTableReader.header(ctx.lines.get(i)) == null) {
            rows.add(ctx.lines.get(i));
            i++;
        }
        if (!rows.isEmpty()) {
            columns = QuarterColumns.aligned(columns, QUARTERS, rows, ctx);
        }
        List<List<Draft.Indicator>> groups = new ArrayList<>();
        List<Draft.Indicator> group = null;
        SourceLine parent = null;
        for (int k = 0; k < rows.size(); k++) {
            SourceLine row = rows.get(k);
            String name = row.cell(columns.get(Column.NAME));
            boolean data = hasFigures(row, columns);
            if (!name.isEmpty() && !data && columns.containsKey(Column.FREQUENCY) && k + 1 < rows.size()
                    && hasFigures(rows.get(k + 1), columns) && cell(rows.get(k + 1), columns, Column.FREQUENCY).isEmpty()) {
                // A name row whose figures follow in the rows below, each naming what it counts.
                parent = row;
                group = null;
                continue;
            }
            if (isHeading(row, columns, data)) {
                ctx.themeHeading(row);
                parent = null;
                group = null;
                continue;
            }
            Draft.Indicator indicator = new Draft.Indicator();
            indicator.line = row.number();
            String frequency = cell(row, columns, Column.FREQUENCY);
            if (parent != null && frequency.isEmpty() && !name.isEmpty()) {
                indicator.name = parent.cell(columns.get(Column.NAME));
                indicator.breakdown = name;
                frequency = cell(parent, columns, Column.FREQUENCY);
                group = null;
            } else if (name.isEmpty()) {
                parent = null;
                if (group == null) {
                    ctx.warn(row, columns.get(Column.NAME), "an indicator row with no name and no indicator above it; left out");
                    continue;
                }
                indicator.name = group.get(0).name;
                indicator.notes.add("Sub-row of the indicator above (name cell blank).");
                group.add(indicator);
            } else {
                parent = null;
                indicator.name = name;
                group = new ArrayList<>();
                group.add(indicator);
                groups.add(group);
            }
            fill(indicator, row, columns, frequency);
            ctx.addIndicator(row, indicator);
        }
        for (List<Draft.Indicator> g : groups) {
            if (g.size() > 1) {
                breakdowns(g);
            }
        }
        return i - 1;
    }

    private static boolean hasFigures(SourceLine row, Map<Column, Integer> columns) {
        for (Column c : Column.values()) {
            if (c != Column.NAME && c != Column.FREQUENCY && columns.containsKey(c) && !row.cell(columns.get(c)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private boolean isHeading(SourceLine row, Map<Column, Integer> columns, boolean data) {
        List<Integer> filled = row.filled();
        if (filled.isEmpty() || filled.get(0) != 0) {
            return false;
        }
        if (filled.size() == 1) {
            return true;
        }
        if (CellText.isBold(row.raw(0)) && !data) {
            return true;
        }
        // A heading spread over the columns by extraction: every cell goes on from the one before,
        // and no cell holds a figure.
        for (int k = 1; k < filled.size(); k++) {
            if (row.cell(filled.get(k)).matches(".*\\d.*")) {
                return false;
            }
            String before = row.cell(filled.get(k - 1));
            String after = row.cell(filled.get(k));
            if (!FragmentJoiner.continues(before, after) && !endsWithLinkingWord(before)) {
                return false;
            }
        }
        return true;
    }

    static boolean endsWithLinkingWord(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length > 0 && FragmentJoiner.LINKING_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    private static String cell(SourceLine row, Map<Column, Integer> columns, Column c) {
        return columns.containsKey(c) ? row.cell(columns.get(c)) : "";
    }

    private void fill(Draft.Indicator indicator, SourceLine row, Map<Column, Integer> columns, String frequency) {
        if (!frequency.isEmpty()) {
            String folded = LookAlikes.fold(frequency).strip().toUpperCase(Locale.ROOT);
            if (folded.equals("Q") || folded.equals("A")) {
                indicator.frequency = folded;
                if (!folded.equals(frequency)) {
                    indicator.notes.add("Frequency printed as '" + frequency + "' (a look-alike letter); written as " + folded + ".");
                }
            } else {
                ctx.warn(row, columns.get(Column.FREQUENCY), "frequency \"" + frequency + "\" is not Q or A; kept in the note");
                indicator.notes.add("Frequency column reads \"" + frequency + "\".");
            }
        }
        indicator.lastYearOutturn = blankToNull(cell(row, columns, Column.OUTTURN));
        indicator.target = blankToNull(cell(row, columns, Column.TARGET));
        indicator.total = blankToNull(cell(row, columns, Column.TOTAL));
        indicator.assessment = blankToNull(cell(row, columns, Column.ASSESSMENT));
        indicator.comparison = blankToNull(cell(row, columns, Column.COMPARISON));
        if (indicator.total != null) {
            String t = indicator.total.toLowerCase(Locale.ROOT);
            indicator.totalType = t.contains("average") ? "average" : t.contains("cumulative") ? "cumulative" : null;
        }
        quarterValues(row, columns, indicator.values, indicator.notes);
    }

    /** Quarter cells as published; text cut over neighbouring columns is joined under the first of them. */
    private void quarterValues(SourceLine row, Map<Column, Integer> columns, Map<String, String> values, List<String> notes) {
        Map<Quarter, String> cells = new EnumMap<>(Quarter.class);
        for (Quarter q : Quarter.values()) {
            String text = cell(row, columns, Column.valueOf(q.name()));
            if (!text.isEmpty()) {
                cells.put(q, text);
            }
        }
        Quarter[] quarters = Quarter.values();
        for (int q = 0; q < 4; q++) {
            String text = cells.get(quarters[q]);
            if (text == null) {
                continue;
            }
            List<String> following = new ArrayList<>(List.of(text));
            for (int k = q + 1; k < 4 && cells.containsKey(quarters[k]); k++) {
                following.add(cells.get(quarters[k]));
            }
            List<String> pieces = following.subList(0, ctx.joiner.run(following));
            int last = q + pieces.size() - 1;
            values.put(quarters[q].name(), last > q ? ctx.join(row, pieces) : text);
            if (last > q) {
                notes.add("Spans " + quarters[q] + "–" + quarters[last] + " in the source (printed \""
                        + String.join("\" \"", pieces) + "\"); re-joined.");
            }
            q = last;
        }
    }

    /** Sub-rows of one indicator are told apart by the label their figures start with ("Cannock 10.9%"). */
    private void breakdowns(List<Draft.Indicator> group) {
        Set<String> seen = new HashSet<>();
        for (Draft.Indicator i : group) {
            String label = null;
            for (String text : new String[] {i.lastYearOutturn, i.target, i.values.values().stream().findFirst().orElse(null)}) {
                label = label(text);
                if (label != null) {
                    break;
                }
            }
            if (label == null || !seen.add(label)) {
                label = "line " + i.line;
                ctx.warn(i.line, "sub-row of \"" + i.name + "\" names no area or level of its own; breakdown written as \""
                        + label + "\": give it the right name in the report file");
                seen.add(label);
            }
            i.breakdown = label;
        }
    }

    static String label(String text) {
        if (text == null) {
            return null;
        }
        Matcher dash = BREAKDOWN_BY_DASH.matcher(text);
        if (dash.matches() && !dash.group(1).matches(".*\\d.*\\d.*") && dash.group(1).length() <= 40) {
            return dash.group(1).strip();
        }
        Matcher number = BREAKDOWN_BY_NUMBER.matcher(text);
        if (number.matches() && number.group(1).length() <= 40) {
            return number.group(1).strip();
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
