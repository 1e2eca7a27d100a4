package uk.councilperformance.publishing;

import uk.councilperformance.BuildTime;

/**
 * Everything a site's files depend on: the council's own data version (see Council.dataVersion), the council, and
 * this build of the publisher (its templates, code and assets, all packaged by the build whose time Maven writes).
 * Two publishes with the same key make the same files, so the second has nothing to do. The key is kept as the text
 * it is made of, one line each: hashing it set up the JDK's security providers, 20-30 ms of a publish with nothing
 * to do.
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

    /** Joined with a StringBuilder, not +, as in SitePublisher.Summary: it runs once in a publish with nothing to do. */
    static String of(String dataVersion, String council) {
        return new StringBuilder("data ").append(dataVersion).append("\ncouncil ").append(council).append('\n')
                .append(Publisher.PART).toString();
    }

    /** When this build of the publisher was made: a new publisher (new templates, new code) renders every site again. */
    static String publisherBuild() {
        return BuildTime.of("publisher-build.properties");
    }
}
