package uk.councilperformance.publishing;

/**
 * Text escaped for HTML exactly as Pebble's stock "html" strategy (unbescape's escapeHtml4Xml) escapes it: the five
 * characters that mean markup become references, everything else stays as it is. Most values hold none of the five,
 * and are given back as they came after one pass, without unbescape's per-character table walk.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String escape(String text) {
        int length = text.length();
        int first = 0;
        while (first < length && reference(text.charAt(first)) == null) {
            first++;
        }
        if (first == length) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(length + 16).append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            String reference = reference(c);
            if (reference == null) {
                escaped.append(c);
            } else {
                escaped.append(reference);
            }
        }
        return escaped.toString();
    }

    private static String reference(char c) {
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
