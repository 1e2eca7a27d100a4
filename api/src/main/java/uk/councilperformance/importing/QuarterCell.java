package uk.councilperformance.importing;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.councilperformance.ratings.RatingSymbol;
import uk.councilperformance.reports.LookAlikes;

/**
 * What a quarter column of a projects table holds: a rating symbol (✓ √ "1" "/", ● •, ▲ Δ "\triangle",
 * ✗ × *), the mark of the quarter a milestone is due (X x and the Cyrillic Х х), or other text.
 */
public final class QuarterCell {

    public enum Kind { BLANK, RATING, DUE, SEVERAL_RATINGS, TEXT }

    private static final Pattern DATE = Pattern.compile(
            "(?i)\\b(20\\d\\d|january|february|march|april|may|june|july|august|september|october|november|december)\\b|^\\d{2,4}$|^-\\d{2}$");

    private QuarterCell() {
    }

    public static Kind kind(String cell) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return Kind.BLANK;
        }
        if (isDueMark(s)) {
            return Kind.DUE;
        }
        if (isRating(s)) {
            return Kind.RATING;
        }
        String[] parts = s.split("\\s+");
        if (parts.length > 1 && Arrays.stream(parts).allMatch(QuarterCell::isRating)) {
            return Kind.SEVERAL_RATINGS;
        }
        return Kind.TEXT;
    }

    /** X, x, Х, х: the quarter a milestone is due. (× is a rating: the cross.) */
    public static boolean isDueMark(String cell) {
        return LookAlikes.fold(cell.strip()).equalsIgnoreCase("x");
    }

    public static boolean isRating(String cell) {
        return RatingSymbol.recognise(cell).filter(s -> s != RatingSymbol.MISSING && s != RatingSymbol.NO_RATING).isPresent();
    }

    /** Whether text standing in quarter columns names a time (a year, a month): a later due date. */
    public static boolean isDate(String text) {
        return DATE.matcher(text.strip()).find();
    }

    /**
     * A due date whose last digits were cut off at the edge of the table ("September 202"), completed from the same
     * date printed whole in the milestone's name ("Adoption September 2021"); otherwise the due date as it is.
     */
    public static String completedFrom(String due, String name) {
        if (due.isEmpty() || !Character.isDigit(due.charAt(due.length() - 1))) {
            return due;
        }
        Matcher whole = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(due) + "(\\d+)(?!\\d)").matcher(name);
        return whole.find() ? due + whole.group(1) : due;
    }

    /** "Due June 2020)" is due "June 2020": the word Due and an unmatched bracket are not part of the date. */
    public static String dueText(String text) {
        String s = text.strip().replaceFirst("(?i)^due\\s+", "");
        if (s.indexOf('(') < 0) {
            s = s.replace(")", "");
        }
        return s.strip();
    }
}
