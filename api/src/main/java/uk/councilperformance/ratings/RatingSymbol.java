package uk.councilperformance.ratings;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shapes a rating is drawn with, whatever the text extraction did to them: a tick arrives as
 * ✓, √, "1" or "/"; a triangle as ▲, Δ or "\triangle"; and so on. What a shape means depends on the
 * year's {@link RatingScheme}.
 */
public enum RatingSymbol {
    TICK, DOT, TRIANGLE, CROSS, NO_RATING, MISSING;

    private static final Map<String, RatingSymbol> FORMS = Map.ofEntries(
            Map.entry("✓", TICK), Map.entry("✔", TICK), Map.entry("√", TICK), Map.entry("1", TICK),
            Map.entry("/", TICK), Map.entry("\\checkmark", TICK), Map.entry("\\surd", TICK), Map.entry("☑", TICK),
            Map.entry("●", DOT), Map.entry("•", DOT), Map.entry("⬤", DOT), Map.entry("○", DOT), Map.entry("◯", DOT),
            Map.entry("\\bullet", DOT), Map.entry("·", DOT),
            Map.entry("▲", TRIANGLE), Map.entry("Δ", TRIANGLE), Map.entry("∆", TRIANGLE), Map.entry("△", TRIANGLE),
            Map.entry("▵", TRIANGLE), Map.entry("\\triangle", TRIANGLE), Map.entry("\\delta", TRIANGLE),
            Map.entry("\\blacktriangle", TRIANGLE),
            Map.entry("✗", CROSS), Map.entry("✘", CROSS), Map.entry("×", CROSS), Map.entry("*", CROSS),
            Map.entry("☒", CROSS), Map.entry("\\times", CROSS),
            Map.entry("not rated", NO_RATING), Map.entry("no rating", NO_RATING),
            Map.entry("no rating provided", NO_RATING), Map.entry("action not due", NO_RATING),
            Map.entry("not due", NO_RATING), Map.entry("action not rated", NO_RATING),
            Map.entry("unknown", MISSING));

    /** Recognises a published rating symbol or phrase, ignoring case and surrounding space. */
    public static Optional<RatingSymbol> recognise(String published) {
        if (published == null) {
            return Optional.empty();
        }
        String form = Normalizer.normalize(published.strip(), Normalizer.Form.NFC);
        // \triangle and friends may come wrapped in $...$ from a maths-aware extractor.
        if (form.length() > 2 && form.startsWith("$") && form.endsWith("$")) {
            form = form.substring(1, form.length() - 1).strip();
        }
        // Exact form first: lower-casing would turn the Greek Δ into δ.
        RatingSymbol exact = FORMS.get(form);
        return Optional.ofNullable(exact != null ? exact : FORMS.get(form.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
    }
}
