package uk.councilperformance.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.councilperformance.periods.FinancialYear;
import uk.councilperformance.periods.Quarter;
import uk.councilperformance.ratings.RatingScheme.Rating;

/**
 * One council report in the canonical form (docs/canonical-format.md), read and checked.
 * Text is exactly as published; Optional.empty() is a blank cell.
 */
public record ReportFile(String file, String sha256, Council council, Report report, List<Summary> summaries,
                         List<Plan> plans) {

    public record Council(String slug, String name) {
    }

    public record Report(String slug, String title, Meeting meeting, FinancialYear financialYear, Quarter quarter,
                         boolean endOfYear, Optional<String> corporatePlan, String sourceFile,
                         String transcriptionMethod, Optional<String> transcriptionNotes) {
    }

    public record Meeting(String body, LocalDate date, Optional<String> item) {
    }

    public record Plan(String key, String title, Optional<String> appendix, Optional<Integer> line,
                       Optional<String> commentary, Optional<String> commentHeading, List<Summary> summaries,
                       List<Theme> themes) {
    }

    public record Theme(String name, Optional<Integer> line, List<Indicator> indicators, List<Project> projects) {
    }

    public record Indicator(String name, Optional<String> breakdown, Optional<String> frequency,
                            Optional<String> lastYearOutturn, Optional<String> target, Map<Quarter, String> values,
                            Optional<String> total, Optional<String> totalType, Optional<String> direction,
                            Optional<String> comparison, Optional<String> assessment, Optional<String> note,
                            Optional<String> series, Optional<String> unit, Optional<String> polarity,
                            Optional<Integer> line) {

        /** Every figure the row prints, by field as stored (LAST_YEAR_OUTTURN, TARGET, Q1..Q4, TOTAL), in that order. */
        public java.util.Map<String, String> figures() {
            java.util.Map<String, String> figures = new java.util.LinkedHashMap<>();
            lastYearOutturn.ifPresent(text -> figures.put("LAST_YEAR_OUTTURN", text));
            target.ifPresent(text -> figures.put("TARGET", text));
            values.forEach((quarter, text) -> figures.put(quarter.name(), text));
            total.ifPresent(text -> figures.put("TOTAL", text));
            return figures;
        }
    }

    public record Project(Optional<String> approach, String name, Optional<String> outcomes, Optional<String> note,
                          Optional<Integer> line,
                          List<Milestone> milestones) {
    }

    public record Milestone(String name, Optional<String> comment, Optional<String> due, Map<Quarter, Rating> ratings,
                            Map<Quarter, String> cells, Optional<String> note, Optional<String> series,
                            Optional<Integer> line) {
    }

    /** A published summary table; period is quarter, cumulative or annual; kind is actions or indicators. */
    public record Summary(Optional<String> title, String table, String kind, String period, Quarter quarter,
                          Optional<String> note, Optional<Integer> line, List<SummaryRow> rows) {
    }

    /** One row: plan is a plan key, "total", or empty in a plan's own summary. counts: status key → cell text. */
    public record SummaryRow(Optional<String> plan, Optional<String> label, Map<String, String> counts,
                             Optional<String> total) {
    }
}
