package uk.councilperformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * When a part of this build was made, as Maven wrote it into a resource: what the importer's checks and the
 * publisher's pages depend on besides their input. An unfiltered value would be the same in every build, so a new
 * build would trust what an old one made; it is refused.
 */
public final class BuildTime {

    private BuildTime() {
    }

    /** The "built" time in the named properties resource. */
    public static String of(String resource) {
        try (InputStream in = BuildTime.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + resource);
            }
            Properties p = new Properties();
            p.load(in);
            String built = p.getProperty("built", "");
            try {
                java.time.OffsetDateTime.parse(built);
                return built;
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalStateException(resource + " was not filled in by the build (built=" + built
                        + "): rebuild with ./mvnw package", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
