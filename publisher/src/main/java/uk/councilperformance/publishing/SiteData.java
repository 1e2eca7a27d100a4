package uk.councilperformance.publishing;

/** What the site shows, as the API returns it (see graphql-documents/). */
public final class SiteData {

    private SiteData() {
    }

    public record Meeting(String body, String date, String item) {
    }

    public record Report(String slug, String title, Meeting meeting, String financialYear, String quarter,
                         boolean endOfYear, String sourceFile, String sourceSha256) {
    }
}
