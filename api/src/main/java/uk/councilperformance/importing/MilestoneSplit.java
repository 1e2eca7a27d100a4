package uk.councilperformance.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.councilperformance.periods.Quarter;

/**
 * Several milestones printed in one Milestone(s) cell ("... Agenda Item for discussion Publish approved Strategy ...").
 * Milestones are written as instructions, so a milestone after another starts with a capitalised verb in its base
 * form ("Publish", "Consult") right after a word that can end a phrase. A cell is split into n milestones only where
 * it has exactly n − 1 such places; anything else leaves the cell whole.
 */
final class MilestoneSplit {

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern CAPITALISED = Pattern.compile("^\\p{Lu}\\p{Ll}+$");
    private static final Pattern LOWER_WORD = Pattern.compile("^\\p{Ll}+$");
    private static final Pattern NUMBER = Pattern.compile("^\\d+([-/–]\\d+)?$");

    private MilestoneSplit() {
    }

    /**
     * The separate marks a row's quarter cells carry: due marks in two or more quarters and nothing else, or two or
     * more symbols in one quarter cell and nothing else ("✓ ✓"). Anything else counts as one.
     */
    record Marks(List<Quarter> due, Quarter symbolsAt, List<String> symbols) {

        static Marks of(Map<Quarter, String> cells) {
            List<Quarter> due = new ArrayList<>();
            Quarter symbolsAt = null;
            List<String> symbols = List.of();
            int marked = 0;
            for (Map.Entry<Quarter, String> cell : cells.entrySet()) {
                QuarterCell.Kind kind = QuarterCell.kind(cell.getValue());
                if (kind == QuarterCell.Kind.BLANK) {
                    continue;
                }
                marked++;
                if (kind == QuarterCell.Kind.DUE) {
                    due.add(cell.getKey());
                } else if (kind == QuarterCell.Kind.SEVERAL_RATINGS) {
                    symbolsAt = cell.getKey();
                    symbols = List.of(cell.getValue().strip().split("\\s+"));
                }
            }
            if (due.size() >= 2 && due.size() == marked) {
                return new Marks(List.copyOf(due), null, List.of());
            }
            return symbolsAt != null && marked == 1 ? new Marks(List.of(), symbolsAt, symbols) : new Marks(List.of(), null, List.of());
        }

        int count() {
            return Math.max(1, Math.max(due.size(), symbols.size()));
        }

        /** Gives the k-th mark to a milestone: its due quarter, or its rating in the quarter of the symbols. */
        void give(int k, Map<String, String> ratings, Consumer<String> setDue) {
            if (!due.isEmpty()) {
                setDue.accept(due.get(k).name());
            } else {
                ratings.put(symbolsAt.name(), symbols.get(k));
            }
        }

        String describe(int k) {
            return due.isEmpty() ? "\"" + symbols.get(k) + "\" in " + symbolsAt : "due " + due.get(k);
        }

        @Override
        public String toString() {
            return due.isEmpty() ? "\"" + String.join(" ", symbols) + "\" in " + symbolsAt
                    : "due marks in " + String.join(", ", due.stream().map(Quarter::name).toList());
        }
    }

    /** The cell cut into {@code n} milestones, or empty when the text does not show exactly where. */
    static Optional<List<String>> split(String text, int n) {
        if (n < 2) {
            return Optional.empty();
        }
        List<Integer> starts = clauseStarts(text);
        if (starts.size() != n - 1) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        int from = 0;
        for (int at : starts) {
            names.add(text.substring(from, at).strip());
            from = at;
        }
        names.add(text.substring(from).strip());
        return Optional.of(names);
    }

    /** Where a new clause starts: a capitalised base-form verb after a lower-case word, a number or a bracket that ends a phrase. */
    static List<Integer> clauseStarts(String text) {
        English english = English.dictionary();
        List<Integer> starts = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        String previous = null;
        while (m.find()) {
            String token = m.group();
            if (previous != null && CAPITALISED.matcher(token).matches() && english.isVerbBaseForm(token)
                    && endsPhrase(previous, english)) {
                starts.add(m.start());
            }
            previous = token;
        }
        return starts;
    }

    /**
     * "discussion", "2018-19", "(Year 2)", "completed.": a word that can end a phrase. A capitalised word before the verb
     * is part of a name ("Core Brief"), a preposition or determiner leads on ("in", "the").
     */
    private static boolean endsPhrase(String token, English english) {
        if (token.endsWith(")") || token.endsWith(".")) {
            return true;
        }
        return NUMBER.matcher(token).matches() || LOWER_WORD.matcher(token).matches() && english.canEndPhrase(token);
    }
}
