package uk.councilperformance.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers in a published figure, read only where they are unambiguous: at most one count, one sum
 * of money and one percentage. "150 cases £27,829" gives a count of 150 and £27,829;
 * "Total: 24,745 Ans: 23,471 94.9%" gives 94.9% and no count, because two counts are printed.
 * Years, ranges, fractions and numbers glued to words (NVQ3, Q4) are never read as counts.
 */
public record PublishedNumbers(Optional<BigDecimal> count, Optional<BigDecimal> money, Optional<BigDecimal> percent) {

    public static final PublishedNumbers NONE = new PublishedNumbers(Optional.empty(), Optional.empty(), Optional.empty());

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final Pattern MONEY = Pattern.compile("£\\s?(" + NUMBER + ")(?![\\d.,]*\\s?(?:k|m|bn|million|billion)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY_WITH_SUFFIX = Pattern.compile("£\\s?(" + NUMBER + ")\\s?(k|m|bn|million|billion)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("(?<![\\w.,])(-?)(" + NUMBER + ")\\s?%");
    private static final Pattern YEAR_FORMS = Pattern.compile(
            "(?<![\\w.,])(?:19|20)\\d{2}(?:\\s?[/\\-–]\\s?(?:19|20)?\\d{2})?(?![\\w.,%])");
    private static final Pattern RANGE_OR_FRACTION = Pattern.compile("(" + NUMBER + ")\\s?(?:[-–/]|to)\\s?(" + NUMBER + ")");
    private static final Pattern COUNT = Pattern.compile("(?<![\\w.,£/\\-–])(-?)(" + NUMBER + ")(?![\\w%/+]|[.,]\\d)");

    public static PublishedNumbers parse(String published) {
        if (published == null || published.isBlank()) {
            return NONE;
        }
        String text = published;
        if (text.strip().matches("-?(" + NUMBER + ")")) {
            // A bare number is a count even when it looks like a year.
            return new PublishedNumbers(single(List.of(number(text.strip())), false), Optional.empty(), Optional.empty());
        }
        List<BigDecimal> money = new ArrayList<>();
        Matcher m = MONEY_WITH_SUFFIX.matcher(text);
        boolean suffixed = m.find();
        text = MONEY_WITH_SUFFIX.matcher(text).replaceAll(" ");
        m = MONEY.matcher(text);
        while (m.find()) {
            money.add(number(m.group(1)));
        }
        text = MONEY.matcher(text).replaceAll(" ");

        List<BigDecimal> percents = new ArrayList<>();
        m = PERCENT.matcher(text);
        while (m.find()) {
            BigDecimal p = number(m.group(2));
            percents.add(m.group(1).isEmpty() ? p : p.negate());
        }
        text = PERCENT.matcher(text).replaceAll(" ");

        // Years and ranges are removed before counting; a range means no single count.
        text = YEAR_FORMS.matcher(text).replaceAll(" ");
        boolean ranged = RANGE_OR_FRACTION.matcher(text).find();
        List<BigDecimal> counts = new ArrayList<>();
        if (!ranged) {
            m = COUNT.matcher(text);
            while (m.find()) {
                BigDecimal c = number(m.group(2));
                counts.add(m.group(1).isEmpty() ? c : c.negate());
            }
        }
        // A sum written "£94k" is money we could scale, but the suffix invites misreading: leave it unread,
        // and do not then claim a lone other sum is the only one.
        return new PublishedNumbers(single(counts, ranged),
                suffixed ? Optional.empty() : single(money, false), single(percents, false));
    }

    public boolean isEmpty() {
        return count.isEmpty() && money.isEmpty() && percent.isEmpty();
    }

    private static Optional<BigDecimal> single(List<BigDecimal> found, boolean ambiguous) {
        return !ambiguous && found.size() == 1 && plausible(found.get(0)) ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** No council figure has more than 15 digits before the point; a longer run of digits is not a number to read. */
    private static boolean plausible(BigDecimal number) {
        return number.precision() - number.scale() <= 15 && number.scale() <= 4;
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }
}
