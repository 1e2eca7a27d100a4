package uk.councilperformance.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.councilperformance.periods.Quarter;

/**
 * Reads a published summary table (counts of actions per status, or of indicators per direction), recognised
 * by its row of status descriptions. Its title is the text above; rows labelled with a plan make a report-level
 * table, a table without labels belongs to the plan it stands in. Counts and percentages printed in separate
 * rows are joined ("10" + "(71.4%)" = "10 (71.4%)").
 */
final class SummaryTableReader {

    private static final Pattern SECTION = Pattern.compile("^\\d+(\\.\\d+)+$");
    private static final Pattern PERCENT_ONLY = Pattern.compile("^\\(?\\d+(\\.\\d+)?%\\)?$");
    private static final Pattern QUARTER = Pattern.compile("(?i)\\b(?:Q|Quarter\\s+)(one|two|three|four|[1-4])\\b");
    private static final Pattern TOTAL_LABEL = Pattern.compile("(?i)^(total|all pdps|all plans)$");

    private final ParseContext ctx;

    SummaryTableReader(ParseContext ctx) {
        this.ctx = ctx;
    }

    /** The status each column counts, if this row is a summary table's row of status descriptions. */
    static Map<Integer, String> statusColumns(SourceLine line) {
        Map<Integer, String> actions = new LinkedHashMap<>();
        Map<Integer, String> indicators = new LinkedHashMap<>();
        for (int i = 0; i < line.size(); i++) {
            String cell = line.cell(i);
            if (cell.length() > 200) {
                return Map.of();
            }
            final int column = i;
            StatusColumns.actionStatus(cell).filter(k -> !actions.containsValue(k)).ifPresent(k -> actions.put(column, k));
            StatusColumns.indicatorStatus(cell).filter(k -> !indicators.containsValue(k)).ifPresent(k -> indicators.put(column, k));
        }
        if (actions.size() >= 3 && actions.size() >= indicators.size()) {
            return actions;
        }
        return indicators.size() >= 3 ? indicators : Map.of();
    }

    int read(int statusRow) {
        SourceLine status = ctx.lines.get(statusRow);
        Map<Integer, String> columns = statusColumns(status);
        boolean actions = columns.values().stream().anyMatch(k -> StatusColumns.actionStatus(k.replace('-', ' ')).isPresent()
                || List.of("completed", "on-track", "slightly-behind", "seriously-behind", "closed", "not-rated").contains(k));
        // The heading block: the rows just above, up to a blank line.
        List<SourceLine> block = new ArrayList<>();
        for (int k = statusRow - 1; k >= 0 && k >= statusRow - 3 && !ctx.lines.get(k).isBlank(); k--) {
            block.add(0, ctx.lines.get(k));
        }
        block.add(status);
        int totalColumn = -1;
        for (SourceLine row : block) {
            for (int c = 0; c < row.size(); c++) {
                if (StatusColumns.isTotal(row.cell(c)) && !columns.containsKey(c)) {
                    totalColumn = c;
                }
            }
        }
        String section = null;
        String title = null;
        int line = status.number();
        if (block.size() > 1) {
            SourceLine top = block.get(0);
            List<String> words = new ArrayList<>();
            for (int c : top.filled()) {
                String text = top.cell(c);
                if (words.isEmpty() && SECTION.matcher(text).matches()) {
                    section = text;
                } else if (!StatusColumns.isTotal(text) && !QuarterCell.isRating(text) && !text.equalsIgnoreCase("no rating")) {
                    words.add(text);
                }
            }
            if (!words.isEmpty() && top != status) {
                title = ctx.joiner.join(words);
            }
            line = top.number();
        }
        int shift = shift(columns, statusRow);
        if (shift > 0) {
            Map<Integer, String> shifted = new LinkedHashMap<>();
            columns.forEach((c, key) -> shifted.put(c + shift, key));
            columns = shifted;
        }
        int firstStatus = columns.keySet().stream().min(Integer::compare).orElse(0);
        Draft.Summary summary = new Draft.Summary();
        summary.title = title;
        summary.kind = actions ? "actions" : "indicators";
        String lower = title == null ? "" : title.toLowerCase(Locale.ROOT);
        summary.period = !actions || lower.contains("annual") ? "annual" : lower.contains("cumulative") ? "cumulative" : "quarter";
        summary.quarter = quarterIn(title).orElse(ctx.quarter).name();
        summary.line = line;
        boolean labelled = false;
        int i = statusRow + 1;
        Draft.SummaryRow previousRow = null;
        while (i < ctx.lines.size() && ctx.lines.get(i).isRow() && !ctx.lines.get(i).isBlank()) {
            SourceLine row = ctx.lines.get(i);
            Draft.SummaryRow r = new Draft.SummaryRow();
            r.line = row.number();
            r.label = null;
            for (int c = 0; c < firstStatus && r.label == null; c++) {
                r.label = row.cell(c).isEmpty() ? null : row.cell(c);
            }
            columns.forEach((c, key) -> {
                if (!row.cell(c).isEmpty()) {
                    r.counts.put(key, row.cell(c));
                }
            });
            r.total = totalColumn >= 0 && !row.cell(totalColumn).isEmpty() ? row.cell(totalColumn) : null;
            if (r.counts.isEmpty() && r.total == null) {
                i++;
                continue;
            }
            final Draft.SummaryRow previous = previousRow;
            if (previous != null && r.counts.values().stream().allMatch(v -> PERCENT_ONLY.matcher(v).matches())
                    && previous.counts.values().stream().noneMatch(v -> v.contains("%"))) {
                // The percentages of the row above, printed on a line of their own.
                r.counts.forEach((key, v) -> previous.counts.merge(key, v, (a, b) -> a + " " + b));
                if (r.label != null && (previous.label == null || planOf(previous.label).isEmpty() && planOf(r.label).isPresent())) {
                    previous.label = r.label;
                }
                i++;
                continue;
            }
            labelled |= r.label != null;
            summary.rows.add(r);
            previousRow = r;
            i++;
        }
        if (labelled) {
            summary.table = section != null ? "Section " + section : title != null ? title : "Summary table";
            ctx.reportSummaries.add(summary);
        } else {
            Draft.Plan plan = ctx.plan(status);
            String name = title != null ? title : "untitled summary table";
            summary.table = plan.appendix != null ? plan.appendix + " – " + name
                    : ctx.agendaItemNumber != null ? "Agenda item " + ctx.agendaItemNumber + " – " + name : name;
            plan.summaries.add(summary);
        }
        return i - 1;
    }

    /**
     * How many columns the status descriptions stand left of the figures: extraction sometimes drops the
     * empty cell above the row labels, so the labels stand where the first status should be.
     */
    private int shift(Map<Integer, String> columns, int statusRow) {
        int first = columns.keySet().stream().min(Integer::compare).orElse(0);
        for (int shift = 0; shift < 2; shift++) {
            int labels = 0;
            int rows = 0;
            for (int i = statusRow + 1; i < ctx.lines.size() && ctx.lines.get(i).isRow() && !ctx.lines.get(i).isBlank(); i++) {
                String cell = ctx.lines.get(i).cell(first + shift);
                rows++;
                if (!cell.isEmpty() && !Character.isDigit(cell.charAt(0)) && cell.charAt(0) != '(' && cell.charAt(0) != '<') {
                    labels++;
                }
            }
            if (rows == 0 || labels * 2 <= rows) {
                return shift;
            }
        }
        return 0;
    }

    Optional<String> planOf(String label) {
        if (TOTAL_LABEL.matcher(label.strip()).matches()) {
            return Optional.of("total");
        }
        return PlanKeys.known(label, ctx.year);
    }

    static Optional<Quarter> quarterIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = QUARTER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "one", "1" -> Quarter.Q1;
            case "two", "2" -> Quarter.Q2;
            case "three", "3" -> Quarter.Q3;
            default -> Quarter.Q4;
        });
    }
}
