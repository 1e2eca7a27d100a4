package uk.councilperformance.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a table's quarter columns stand. Usually under their headings; but when rows carry text beyond the
 * header's last column (the header ends with an empty, unheaded cell and a row puts its mark there), the rows
 * stand one or more columns right of the header, and the quarter columns are the last ones of the table's width.
 */
final class QuarterColumns {

    private QuarterColumns() {
    }

    /**
     * The columns with the quarter columns, and any after them (a total), right-aligned to the widest row, with a
     * warning; or the columns as headed when no row goes beyond the header or when right-aligning would leave a
     * filled cell under no heading.
     */
    static <C> Map<C, Integer> aligned(Map<C, Integer> columns, Set<C> quarters, List<SourceLine> rows, ParseContext ctx) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (Map.Entry<C, Integer> e : columns.entrySet()) {
            if (quarters.contains(e.getKey())) {
                first = Math.min(first, e.getValue());
            }
            last = Math.max(last, e.getValue());
        }
        final int from = first;
        SourceLine beyond = null;
        int widest = last;
        for (SourceLine row : rows) {
            List<Integer> filled = row.filled();
            if (spreadText(row, filled)) {
                continue;
            }
            int end = filled.isEmpty() ? -1 : filled.get(filled.size() - 1);
            if (end > last && beyond == null) {
                beyond = row;
            }
            widest = Math.max(widest, end);
        }
        if (beyond == null) {
            return columns;
        }
        int shift = widest - last;
        int firstBeyond = last + 1;
        while (beyond.cell(firstBeyond).isEmpty()) {
            firstBeyond++;
        }
        for (SourceLine row : rows) {
            for (int c = first; c < first + shift && !spreadText(row, row.filled()); c++) {
                if (!row.cell(c).isEmpty()) {
                    ctx.warn(beyond, firstBeyond, "a cell stands beyond the table's last headed column, but the rows cannot be read "
                            + "right-aligned (line " + row.number() + " fills the first quarter column too); the cells beyond are left out");
                    return columns;
                }
            }
        }
        Map<C, Integer> shifted = new LinkedHashMap<>(columns);
        shifted.replaceAll((c, index) -> index >= from ? index + shift : index);
        ctx.warn(beyond, firstBeyond, "a cell stands beyond the table's last headed column: the rows carry " + shift + " cell"
                + (shift > 1 ? "s" : "") + " more than the header, so the quarter columns are read right-aligned, " + shift
                + " column" + (shift > 1 ? "s" : "") + " right of their headings (lines " + rows.get(0).number() + "–"
                + rows.get(rows.size() - 1).number() + ")");
        return shifted;
    }

    /** A heading spread over the columns by extraction ("Sustaining safe and se" "ecure communities"): no row of figures. */
    private static boolean spreadText(SourceLine row, List<Integer> filled) {
        for (int k = 1; k < filled.size(); k++) {
            if (!FragmentJoiner.continues(row.cell(filled.get(k - 1)), row.cell(filled.get(k)))) {
                return false;
            }
        }
        return filled.size() > 1;
    }
}
