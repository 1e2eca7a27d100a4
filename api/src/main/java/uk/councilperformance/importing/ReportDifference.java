package uk.councilperformance.importing;

/**
 * One way an imported report differs from another version of it: where (a path such as
 * {@code plans[0].themes[2].indicators[4].values.Q2}), the text in the reference file, the text read now.
 * "(none)" stands for an absent value or item.
 */
public record ReportDifference(String path, String expected, String actual) {

    public static final String NONE = "(none)";

    @Override
    public String toString() {
        return path + ": expected " + expected + ", importer " + actual;
    }
}
