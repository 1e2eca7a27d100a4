package uk.councilperformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
    public static Path copy(Path target) throws IOException {
        Path source = directory();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        return target;
    }
}
