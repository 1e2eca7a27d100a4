package uk.councilperformance.publishing;

import java.nio.file.Path;

/** The repository's data/ folder, and copies of it that a test may change. */
final class BundledData {

    private BundledData() {
    }

    static Path directory() {
        String configured = System.getProperty("council.data");
        return (configured != null ? Path.of(configured) : Path.of("..", "data")).toAbsolutePath().normalize();
    }

    static Path copy(Path target) {
        return uk.councilperformance.importing.Dataset.copy(directory(), target);
    }
}
