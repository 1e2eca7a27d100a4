package uk.councilperformance.importing;

import uk.councilperformance.BuildTime;

/**
 * What a report file's check depends on besides its own bytes and its source text: the rating schemes it was read
 * with and this build of the importer (its checks, all packaged by the build whose time Maven writes). A report file
 * stored with the same bytes, source text and check would pass the same checks and give the same rows again.
 */
final class ImporterBuild {

    private ImporterBuild() {
    }

    private static final class Built {
        static final String AT = BuildTime.of("importer-build.properties");
    }

    /** The check key stored with each report (report.checked_with). */
    static String checkedWith(String ratingSchemesSha256) {
        return "rating-schemes " + ratingSchemesSha256 + "; importer " + Built.AT;
    }
}
