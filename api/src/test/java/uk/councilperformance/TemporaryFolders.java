package uk.councilperformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Temporary folders that exist before a Spring test context starts (JUnit's @TempDir comes too late). */
public final class TemporaryFolders {

    private TemporaryFolders() {
    }

    public static Path create(String prefix) {
        try {
            Path dir = Files.createTempDirectory("cpt-" + prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
