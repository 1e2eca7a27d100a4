package uk.councilperformance.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import uk.councilperformance.reports.Sha256;

/**
 * Everything a site's files depend on: the council's own data version (see Council.dataVersion), the council, and
 * this build of the publisher (its templates, code and assets, all packaged by the build whose time Maven writes).
 * Two publishes with the same key make the same files, so the second has nothing to do.
 */
final class BuildKey {

    private BuildKey() {
    }

    /**
     * The publisher's part, the same for every council: read once per process. (Hashing the assets' bytes as well, as
     * it once did, added nothing the build time does not say, and took 20-40 ms of every publish with nothing to do.)
     */
    private static final class Publisher {
        static final String PART = "publisher " + publisherBuild() + "\n";
    }

    static String of(String dataVersion, String council) {
        String all = "data " + dataVersion + "\ncouncil " + council + "\n" + Publisher.PART;
        return Sha256.of(all.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * When this build of the publisher was made. An unfiltered value would be the same in every build, and a new
     * publisher (new templates, new code) would leave every site as the old one rendered it, so it is refused.
     */
    static String publisherBuild() {
        try (InputStream in = BuildKey.class.getClassLoader().getResourceAsStream("publisher-build.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: publisher-build.properties");
            }
            Properties p = new Properties();
            p.load(in);
            String built = p.getProperty("built", "");
            try {
                java.time.OffsetDateTime.parse(built);
                return built;
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalStateException("publisher-build.properties was not filled in by the build (built="
                        + built + "): rebuild with ./mvnw package", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
