package uk.councilperformance.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins text that PDF extraction spread over several cells ("Measurem" "ent to comr" "mence Sum" "mer 2020").
 * Where a word was cut by a column break the pieces are joined without a space, choosing, among the joins the
 * extraction usually produces (plain, a letter doubled at the break), one that gives a word the report uses
 * elsewhere or, failing that, an English word; otherwise pieces are joined with a space.
 */
public final class FragmentJoiner {

    /** Words after which a cell evidently goes on in the next cell or line. */
    static final Set<String> LINKING_WORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "for", "in", "with",
            "from", "by", "on", "at", "as", "into", "that", "which", "will", "be", "are", "is", "our", "their", "its");

    private static final Pattern TAIL_LETTERS = Pattern.compile("(\\p{L}+)$");
    private static final Pattern HEAD_LETTERS = Pattern.compile("^(\\p{L}+)");
    /** A cell ending "... se services": lower-case letters (the first piece of a cut word), then one more token. */
    private static final Pattern DISPLACED = Pattern.compile("^(|.*\\s)(\\p{Ll}+)\\s+(\\S+)$");
    private static final Pattern TAIL_DIGITS = Pattern.compile("(\\d+)$");
    private static final Pattern HEAD_DIGITS = Pattern.compile("^(\\d+)");

    private final Vocabulary vocabulary;
    private final English english;

    public FragmentJoiner(Vocabulary vocabulary) {
        this(vocabulary, English.dictionary());
    }

    FragmentJoiner(Vocabulary vocabulary, English english) {
        this.vocabulary = vocabulary;
        this.english = english;
    }

    public String join(List<String> pieces) {
        List<String> parts = pieces.stream().map(String::strip).toList();
        Optional<Displaced> d = firstDisplaced(parts);
        if (d.isPresent()) {
            List<String> mended = new ArrayList<>(parts.subList(0, d.get().start()));
            mended.add(d.get().mended());
            mended.addAll(parts.subList(d.get().end(), parts.size()));
            return join(mended) + " " + d.get().token();
        }
        String result = "";
        for (String piece : parts) {
            result = join(result, piece);
        }
        return result;
    }

    /** The token {@link #join} moves after the text, if one stands between the pieces of a cut word. */
    Optional<String> displacedToken(List<String> pieces) {
        return firstDisplaced(pieces.stream().map(String::strip).toList()).map(Displaced::token);
    }

    private Optional<Displaced> firstDisplaced(List<String> parts) {
        for (int k = 0; k + 1 < parts.size(); k++) {
            Optional<Displaced> d = displaced(parts, k);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * How many of the pieces, from the first, read as one text cut over the columns (at least one): each goes on
     * from the one before, or a displaced token stands between the pieces of a cut word ({@link #displaced}).
     */
    int run(List<String> pieces) {
        int end = 1;
        while (end < pieces.size()) {
            if (continues(pieces.get(end - 1), pieces.get(end))) {
                end++;
                continue;
            }
            Optional<Displaced> d = displaced(pieces, end - 1);
            if (d.isEmpty()) {
                break;
            }
            end = d.get().end();
        }
        return end;
    }

    /** Pieces {@code start} to {@code end} (exclusive) read as {@code mended}, with {@code token} printed after the text. */
    private record Displaced(int start, int end, String mended, String token) {
    }

    /**
     * "Delivering Council se services" "rvices that are customer", "ent to co 2022" "ommen" "ce": a whole token (a
     * word or number from another printed line of the cell, which extraction put after this line's text) stands
     * between the pieces of a word cut by column breaks. It is displaced only when the pieces, without it, make a word
     * the report or the dictionary knows (joined as at one break: plain, a letter doubled on either side, "rn" for
     * "m"); the token was printed below the text, so it goes after it.
     */
    private Optional<Displaced> displaced(List<String> parts, int k) {
        Matcher d = DISPLACED.matcher(parts.get(k).strip());
        if (!d.matches() || !isWholeToken(d.group(3)) || joinsNext(d.group(3), parts.get(k + 1).strip())) {
            return Optional.empty();
        }
        String fragment = d.group(2);
        String word = fragment;
        List<Integer> breaks = new ArrayList<>();
        for (int j = k + 1; j < parts.size(); j++) {
            String next = parts.get(j).strip();
            Matcher head = HEAD_LETTERS.matcher(next);
            if (next.isEmpty() || !Character.isLowerCase(next.charAt(0)) || !head.find()) {
                break;
            }
            breaks.add(word.length());
            word += head.group(1);
            Optional<String> known = known(variants(word, breaks));
            String rest = next.substring(head.group(1).length());
            if (known.isPresent() && known.get().length() > fragment.length()) {
                return Optional.of(new Displaced(k, j + 1, d.group(1) + known.get() + rest, d.group(3)));
            }
            if (!rest.isEmpty() || breaks.size() == 3) {
                break;
            }
        }
        return Optional.empty();
    }

    private Optional<String> known(List<String> words) {
        return words.stream().filter(vocabulary::contains).findFirst().or(() -> words.stream().filter(english::isWord).findFirst());
    }

    private boolean isWholeToken(String token) {
        return token.matches("\\d[\\d,./–-]*") || token.matches("\\p{L}{2,}") && isWord(token);
    }

    /** "level" "s of residents": the token itself is the first piece of the cut word ("levels"), so nothing is displaced. */
    private boolean joinsNext(String token, String next) {
        Matcher head = HEAD_LETTERS.matcher(next);
        return token.matches("\\p{L}+") && head.find() && known(variants(token + head.group(1), List.of(token.length()))).isPresent();
    }

    /** The word with each break kept, or a letter dropped before or after it, or "rn" read as "m"; the plain word first. */
    private static List<String> variants(String word, List<Integer> breaks) {
        List<String> found = new ArrayList<>(List.of(word));
        for (int b = breaks.size() - 1; b >= 0; b--) {
            int at = breaks.get(b);
            List<String> next = new ArrayList<>();
            for (String w : found) {
                next.add(w);
                if (at < w.length()) {
                    next.add(w.substring(0, at) + w.substring(at + 1));
                }
                if (at > 0) {
                    next.add(w.substring(0, at - 1) + w.substring(at));
                }
                if (at > 0 && at < w.length() && w.charAt(at - 1) == 'r' && w.charAt(at) == 'n') {
                    next.add(w.substring(0, at - 1) + "m" + w.substring(at + 1));
                }
            }
            found = next;
        }
        return found;
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

    private boolean isWord(String word) {
        return vocabulary.contains(word) || word.length() > 1 && english.isWord(word);
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
                // The report's own words first; then the dictionary, but only for a piece that is no word by
                // itself, so that two words ("in" "come") are never glued into a third, and keeping something of
                // both pieces ("o" "leaner" is garbled, not "leaner").
                if (!isWord(t) || !isWord(h)) {
                    for (String[] c : candidates) {
                        if (!c[0].isEmpty() && !c[1].isEmpty() && english.isWord(c[0] + c[1])) {
                            return before + c[0] + c[1] + after;
                        }
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
