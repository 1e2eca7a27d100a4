package uk.councilperformance.summaries;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A summary-table cell such as "10 (71.4%)", "2 28.6%", "0" or "12 (100%)": a count and maybe a percentage. */
public record PublishedCount(Optional<Integer> count, Optional<BigDecimal> percent) {

    private static final Pattern CELL = Pattern.compile("\\s*(\\d+)?\\s*\\(?\\s*(?:(\\d+(?:\\.\\d+)?)\\s*%)?\\s*\\)?\\s*");

    public static PublishedCount parse(String text) {
        Matcher m = CELL.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return new PublishedCount(Optional.empty(), Optional.empty());
        }
        return new PublishedCount(Optional.ofNullable(m.group(1)).map(Integer::valueOf),
                Optional.ofNullable(m.group(2)).map(BigDecimal::new));
    }
}
