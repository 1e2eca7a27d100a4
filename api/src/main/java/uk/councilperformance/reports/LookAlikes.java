package uk.councilperformance.reports;

import java.util.Map;

/** Folds Cyrillic and Greek letters that look like Latin ones (А for A, Х for X) back to Latin. */
public final class LookAlikes {

    private static final Map<Character, Character> LATIN = Map.ofEntries(
            Map.entry('А', 'A'), Map.entry('а', 'a'), Map.entry('В', 'B'), Map.entry('Е', 'E'), Map.entry('е', 'e'),
            Map.entry('К', 'K'), Map.entry('М', 'M'), Map.entry('Н', 'H'), Map.entry('О', 'O'), Map.entry('о', 'o'),
            Map.entry('Р', 'P'), Map.entry('р', 'p'), Map.entry('С', 'C'), Map.entry('с', 'c'), Map.entry('Т', 'T'),
            Map.entry('Х', 'X'), Map.entry('х', 'x'), Map.entry('у', 'y'),
            Map.entry('Α', 'A'), Map.entry('Β', 'B'), Map.entry('Ε', 'E'), Map.entry('Ο', 'O'), Map.entry('Χ', 'X'));

    private LookAlikes() {
    }

    public static String fold(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            s.append(LATIN.getOrDefault(ch, ch));
        }
        return s.toString();
    }
}
