package uk.councilperformance.publishing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's data/ folder, and copies of it that a test may change. */
final class BundledData {

    private BundledData() {
    }

    static Path directory() {
        String configured = System.getProperty("council.data");
        return (configured != null ? Path.of(configured) : Path.of("..", "data")).toAbsolutePath().normalize();
    }

    static Path copy(Path target) throws IOException {
        Path source = directory();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
