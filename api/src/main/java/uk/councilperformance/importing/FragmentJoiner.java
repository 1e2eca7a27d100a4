package uk.councilperformance.importing;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins text that PDF extraction spread over several cells ("Measurem" "ent to comr" "mence Sum" "mer 2020").
 * Where a word was cut by a column break the pieces are joined without a space, choosing, among the joins the
 * extraction usually produces (plain, a letter doubled at the break), one that gives a word the report uses
 * elsewhere; otherwise pieces are joined with a space.
 */
public final class FragmentJoiner {

    /** Words after which a cell evidently goes on in the next cell or line. */
    static final Set<String> LINKING_WORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "for", "in", "with",
            "from", "by", "on", "at", "as", "into", "that", "which", "will", "be", "are", "is", "our", "their", "its");

    private static final Pattern TAIL_LETTERS = Pattern.compile("(\\p{L}+)$");
    private static final Pattern HEAD_LETTERS = Pattern.compile("^(\\p{L}+)");
    private static final Pattern TAIL_DIGITS = Pattern.compile("(\\d+)$");
    private static final Pattern HEAD_DIGITS = Pattern.compile("^(\\d+)");

    private final Vocabulary vocabulary;

    public FragmentJoiner(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public String join(List<String> pieces) {
        String result = "";
        for (String piece : pieces) {
            result = join(result, piece.strip());
        }
        return result;
    }

    /** Whether {@code next} reads as the continuation of {@code previous} cut by a column break. */
    public static boolean continues(String previous, String next) {
        if (previous.isEmpty() || next.isEmpty()) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        char first = next.charAt(0);
        return Character.isLetter(last) && Character.isLowerCase(first)
                || first == '(' && next.toLowerCase(java.util.Locale.ROOT).startsWith("(cont");
    }

    public String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        char last = a.charAt(a.length() - 1);
        char first = b.charAt(0);
        if (Character.isLetter(last) && Character.isLetter(first)) {
            Matcher tail = TAIL_LETTERS.matcher(a);
            Matcher head = HEAD_LETTERS.matcher(b);
            tail.find();
            head.find();
            String t = tail.group(1);
            String h = head.group(1);
            String before = a.substring(0, a.length() - t.length());
            String after = b.substring(h.length());
            if (Character.isLowerCase(first) || t.length() == 1 && Character.isUpperCase(last)) {
                // Plain join, a letter doubled at the break on either side.
                // ... and "rn" read for "m" at the break, the commonest misreading of extracted text.
                String[][] candidates = {{t, h}, {t, h.substring(1)}, {t.substring(0, t.length() - 1), h},
                        {t.endsWith("r") && h.startsWith("n") ? t.substring(0, t.length() - 1) + "m" : t, h.startsWith("n") && t.endsWith("r") ? h.substring(1) : h}};
                for (String[] c : candidates) {
                    if (vocabulary.contains(c[0] + c[1])) {
                        return before + c[0] + c[1] + after;
                    }
                }
                if (vocabulary.contains(t) && !vocabulary.contains(h) && h.length() > 1 && t.endsWith(h)) {
                    // The end of the word printed again in the next cell ("services" "rvices").
                    return a + after;
                }
                if (t.length() < h.length() && h.startsWith(t) && (vocabulary.contains(h) || t.length() == 1)) {
                    // The start of the word printed before the break and again after it ("g" "giving").
                    return before + b;
                }
                if (vocabulary.contains(t) && (vocabulary.contains(h) || h.length() >= 3) || vocabulary.contains(t) && LINKING_WORDS.contains(t.toLowerCase())) {
                    return a + " " + b;
                }
                return a + b;
            }
            return a + " " + b;
        }
        if (Character.isDigit(last) && Character.isDigit(first)) {
            Matcher tail = TAIL_DIGITS.matcher(a);
            Matcher head = HEAD_DIGITS.matcher(b);
            tail.find();
            head.find();
            String t = tail.group(1);
            String h = head.group(1);
            // "2020/2" "21" and "July 2" "2020": the cut number is printed again whole in the next cell.
            if (t.length() < h.length() && h.startsWith(t) && a.length() > t.length()) {
                return a.substring(0, a.length() - t.length()) + b;
            }
            return a + b;
        }
        if (first == '-' || first == ')' || first == ',' || first == '.' || first == '–' && b.length() > 1 && Character.isDigit(b.charAt(1))) {
            return a + b;
        }
        return a + " " + b;
    }
}
