package uk.councilperformance.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a report uses where the extraction did not break them: the words of its prose and the words of
 * its cells away from suspected column breaks. Used to tell a word split by a column break ("deliverin" "g")
 * from two words, without a dictionary tuned to any one report.
 */
public final class Vocabulary {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Set<String> words = new HashSet<>();

    public static Vocabulary of(List<SourceLine> lines) {
        Vocabulary v = new Vocabulary();
        for (SourceLine line : lines) {
            if (!line.isRow()) {
                v.addAll(line.text(), false, false);
                continue;
            }
            List<Integer> filled = line.filled();
            for (int k = 0; k < filled.size(); k++) {
                String cell = line.cell(filled.get(k));
                boolean brokenBefore = k > 0 && FragmentJoiner.continues(line.cell(filled.get(k - 1)), cell);
                boolean brokenAfter = k + 1 < filled.size() && FragmentJoiner.continues(cell, line.cell(filled.get(k + 1)));
                v.addAll(cell, brokenBefore, brokenAfter);
            }
        }
        return v;
    }

    private void addAll(String text, boolean skipFirst, boolean skipLast) {
        Matcher m = WORD.matcher(text);
        int start = -1;
        int end = -1;
        if (skipFirst || skipLast) {
            Matcher first = WORD.matcher(text);
            if (first.find()) {
                start = first.start();
            }
            while (first.find()) {
                end = first.start();
            }
            if (end < 0) {
                end = start;
            }
        }
        while (m.find()) {
            if (skipFirst && m.start() == start || skipLast && m.start() == end) {
                continue;
            }
            if (m.group().length() > 1) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
    }

    public boolean contains(String word) {
        return word.length() > 1 && words.contains(word.toLowerCase(Locale.ROOT));
    }
}
