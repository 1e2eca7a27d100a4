package uk.councilperformance.importing;

import java.util.Locale;
import java.util.Optional;

import uk.councilperformance.periods.FinancialYear;
import uk.councilperformance.reports.Keys;

/**
 * The stable key of a Priority Delivery Plan from its published title, which varies from report to report
 * (docs/canonical-format.md, "Plan keys"). A title that names none of the known plans gets a key made from
 * its own words, and the importer says so.
 */
public final class PlanKeys {

    private PlanKeys() {
    }

    /** The known plan a title or summary-table label names, if any. */
    public static Optional<String> known(String title, FinancialYear year) {
        String t = title.toLowerCase(Locale.ROOT);
        if (year.startYear() < 2018) {
            if (t.contains("customer")) {
                return Optional.of("customers-corporate");
            }
            if (t.contains("economic")) {
                return Optional.of("economic-development-town-centres");
            }
            if (t.contains("housing") || t.contains("crime")) {
                return Optional.of("housing-crime-partnerships");
            }
            if (t.contains("health") || t.contains("culture")) {
                return Optional.of("health-culture-environment");
            }
            return Optional.empty();
        }
        if (t.contains("prosperity")) {
            return Optional.of("promoting-prosperity");
        }
        if (t.contains("environment") || t.contains("partnerships") || t.contains("community safety")) {
            return Optional.of("environment-partnerships-community-safety");
        }
        if (t.contains("health") || t.contains("culture") || t.contains("sport")) {
            return Optional.of("health-culture-sport");
        }
        if (t.contains("corporate")) {
            return Optional.of("corporate");
        }
        return Optional.empty();
    }

    /** A key made from the title's own words, without the plan/year wording. */
    public static String fromWords(String title) {
        String words = title.replaceAll("(?i)\\b(PDP|Priority Delivery Plan|End of Year Update)\\b", " ")
                .replaceAll("\\d{4}\\s*[-/–]\\s*\\d{2,4}", " ");
        String key = Keys.of(words);
        return key.isEmpty() ? "plan" : key;
    }
}
