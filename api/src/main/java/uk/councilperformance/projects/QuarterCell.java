package uk.councilperformance.projects;

/** Text printed in a quarter column that is not a rating, e.g. "Not Due until Qtr4". */
public record QuarterCell(String quarter, String text) {
}
