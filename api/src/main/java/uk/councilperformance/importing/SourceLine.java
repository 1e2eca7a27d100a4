package uk.councilperformance.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a report text: tab-separated cells as extracted from the PDF, with the 1-based line number
 * and the column each cell starts at (for warnings an officer can find).
 */
public record SourceLine(int number, String text, List<String> rawCells, List<Integer> columns) {

    public static SourceLine of(int number, String text) {
        List<String> cells = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\t') {
                cells.add(text.substring(start, i));
                columns.add(start + 1);
                start = i + 1;
            }
        }
        return new SourceLine(number, text, List.copyOf(cells), List.copyOf(columns));
    }

    /** The same line read with an empty cell inserted at {@code index} (cells printed one column to the left). */
    public SourceLine shiftedRight(int index) {
        List<String> cells = new ArrayList<>(rawCells);
        List<Integer> cols = new ArrayList<>(columns);
        cells.add(index, "");
        cols.add(index, column(index));
        return new SourceLine(number, text, List.copyOf(cells), List.copyOf(cols));
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** Whether the line is a table row (has cells) rather than a line of prose. */
    public boolean isRow() {
        return rawCells.size() > 1;
    }

    public int size() {
        return rawCells.size();
    }

    /** The cell's published text, cleaned of extraction debris ({@link CellText#clean}); "" when absent. */
    public String cell(int index) {
        return index >= 0 && index < rawCells.size() ? CellText.clean(rawCells.get(index)) : "";
    }

    public String raw(int index) {
        return index >= 0 && index < rawCells.size() ? rawCells.get(index) : "";
    }

    public int column(int index) {
        return index >= 0 && index < columns.size() ? columns.get(index) : 1;
    }

    /** Indexes of the cells that hold text. */
    public List<Integer> filled() {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < rawCells.size(); i++) {
            if (!cell(i).isEmpty()) {
                filled.add(i);
            }
        }
        return filled;
    }

    /** The line as prose: cells joined with spaces, markdown emphasis and heading marks removed. */
    public String prose() {
        String joined = String.join(" ", filled().stream().map(this::cell).toList());
        return CellText.plain(joined);
    }
}
