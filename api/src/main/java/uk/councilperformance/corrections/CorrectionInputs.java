package uk.councilperformance.corrections;

/** The input types of the correction mutations, as the schema declares them. */
public final class CorrectionInputs {

    private CorrectionInputs() {
    }

    public record IndicatorValueCorrection(String indicator, String report, String field, String publishedText,
                                           String reason) {
    }

    public record MilestoneRatingCorrection(String milestone, String report, String quarter, String status, String reason) {
    }

    public record MilestoneCommentCorrection(String milestone, String report, String comment, String reason) {
    }

    public record SeriesLink(String indicator, String sameAs, String reason) {
    }
}
