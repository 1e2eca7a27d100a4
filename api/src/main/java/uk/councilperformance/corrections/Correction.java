package uk.councilperformance.corrections;

/** Who corrected a published figure, when and why. */
public record Correction(long rowId, String officer, String madeAt, String reason) {
}
