package uk.councilperformance.reports;

/**
 * A mistake in a report file, located so that an officer can find and fix it:
 * {@code data/reports/x.yaml:42:7: plans[0].themes[1].indicators[3].frequency: must be Q or A, not "M"}.
 */
public class ReportFileException extends RuntimeException {

    private final String file;
    private final int line;
    private final int column;
    private final String field;
    private final String problem;

    public ReportFileException(String file, int line, int column, String field, String problem) {
        super(format(file, line, column, field, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
        this.problem = problem;
    }

    private static String format(String file, int line, int column, String field, String problem) {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        s.append(": ");
        if (field != null && !field.isEmpty()) {
            s.append(field).append(": ");
        }
        return s.append(problem).toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
