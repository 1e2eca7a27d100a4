package uk.councilperformance.importing;

/** Something in a report text the importer could not read, with where it stands and why. */
public record ImportWarning(String file, int line, int column, String problem) {

    @Override
    public String toString() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + problem;
    }
}
