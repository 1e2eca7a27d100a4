package uk.councilperformance.importing;

import java.util.regex.Pattern;

/**
 * A cell's text as published. Only what extraction added is removed: surrounding space, a bold tag
 * wrapping the whole cell (table formatting, not the council's words) and the entity {@code &amp;}.
 * HTML fragments inside the text ({@code <ul>}, {@code <sup>}) and bullets are kept as text.
 */
public final class CellText {

    private static final Pattern WHOLE_BOLD = Pattern.compile("(?s)^<b>(.*)</b>$");

    private CellText() {
    }

    public static String clean(String raw) {
        String s = raw.strip();
        var bold = WHOLE_BOLD.matcher(s);
        if (bold.matches() && !bold.group(1).contains("<b>")) {
            s = bold.group(1).strip();
        }
        s = s.replace("&amp;", "&").replace('\u00A0', ' ').strip();
        // A cell holding only markup (an empty "<u> </u>") holds no words.
        return s.replaceAll("<[^>]*>", "").isBlank() ? "" : s;
    }

    /** Whether the raw cell is wrapped in bold tags (a heading in some reports). */
    public static boolean isBold(String raw) {
        return WHOLE_BOLD.matcher(raw.strip()).matches();
    }

    /** Prose without markdown heading marks and emphasis: "## **5. Title**" is "5. Title". */
    public static String plain(String text) {
        return text.replaceAll("^#+\\s*", "").replace("**", "").replaceAll("\\s+", " ").strip();
    }
}
