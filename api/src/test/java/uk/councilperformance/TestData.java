package uk.councilperformance;

import java.nio.file.Path;

/** Where the bundled data set is: the repository's data/ folder (set by Maven, or found from the module). */
public final class TestData {

    private TestData() {
    }

    public static Path directory() {
        String configured = System.getProperty("council.data");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "data");
        return dir.toAbsolutePath().normalize();
    }

    /** A copy of the bundled data that a test may change. */
    public static Path copy(Path target) {
        return uk.councilperformance.importing.Dataset.copy(directory(), target);
    }
}
