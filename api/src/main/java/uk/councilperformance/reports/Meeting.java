package uk.councilperformance.reports;

/** The meeting a report went to. */
public record Meeting(String body, String date, String item) {
}
