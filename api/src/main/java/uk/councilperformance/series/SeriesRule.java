package uk.councilperformance.series;

import java.util.Optional;

import uk.councilperformance.reports.Keys;

/**
 * How an indicator, project or milestone is linked into a series across years. Names drift
 * ("Number of tenancies sustained (No. of cases ... completed with sustainment outcomes)" becomes
 * "Number of tenancies sustained"), so the automatic rule compares names with bracketed asides,
 * case and punctuation removed. An officer can override it by giving the same `series:` key in the
 * report files; the rule that made each link is stored beside it so it can be explained.
 */
public record SeriesRule(String key, String explanation) {

    public static final String AUTOMATIC = "same name once bracketed asides, case and punctuation are ignored";
    public static final String OVERRIDE = "linked by an officer: series key given in the report file";

    public static SeriesRule of(Optional<String> override, String name, Optional<String> breakdown) {
        if (override.isPresent()) {
            return new SeriesRule(override.get(), OVERRIDE);
        }
        String base = Keys.of(withoutBracketedAsides(name));
        return new SeriesRule(breakdown.map(b -> base + "--" + Keys.of(b)).orElse(base), AUTOMATIC);
    }

    /** Removes (...) asides, nested ones too: "A (b (c) d) e" gives "A  e". */
    static String withoutBracketedAsides(String name) {
        StringBuilder kept = new StringBuilder();
        int depth = 0;
        for (char ch : name.toCharArray()) {
            if (ch == '(') {
                depth++;
            } else if (ch == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                kept.append(ch);
            }
        }
        String result = kept.toString().trim();
        return result.isEmpty() ? name : result;
    }
}
