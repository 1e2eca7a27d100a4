package uk.councilperformance.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * British English words and their parts of speech, from LanguageTool's dictionaries (org.languagetool:english-pos-dict,
 * LGPL-2.1: the en_GB spelling list and the English part-of-speech dictionary, Penn Treebank tags), read with
 * Morfologik. Used where a report's own words are not enough to tell a word cut by a column break from two words,
 * or whether a cell's last word can end a name. Loaded once, on first use.
 */
public final class English {

    private static final String RESOURCES = "/org/languagetool/resource/en/";
    /** Tags of words that join a phrase to what follows: determiners, prepositions, conjunctions, possessives, modals. */
    private static final Set<String> FUNCTION_TAGS = Set.of("DT", "PDT", "WDT", "IN", "CC", "TO", "MD", "EX", "POS");

    private static final class Loaded {
        static final English INSTANCE = new English();
    }

    private final Dictionary partsOfSpeech;
    private final Dictionary spelling;

    private English() {
        partsOfSpeech = read("english.dict");
        spelling = read("hunspell/en_GB.dict");
    }

    /** The dictionary, loaded on first use (about 1.5 MB of automata, a few tens of milliseconds). */
    public static English dictionary() {
        return Loaded.INSTANCE;
    }

    private static Dictionary read(String name) {
        URL url = English.class.getResource(RESOURCES + name);
        if (url == null) {
            throw new IllegalStateException("the English dictionary " + name + " is missing from the class path (english-pos-dict)");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the English dictionary " + name, e);
        }
    }

    /** Whether the letters are an English word (as written, or in lower case: "Measurement", "Cannock"). */
    public boolean isWord(String word) {
        if (word.isEmpty()) {
            return false;
        }
        return !tags(word).isEmpty() || inSpellingList(word) || inSpellingList(lower(word));
    }

    /** Whether the word can be a noun or a proper noun (NN, NNS, NNP...); a word the dictionary lacks may be a name. */
    public boolean canBeNoun(String word) {
        Set<String> t = tags(word);
        return t.isEmpty() ? !isWord(word) : t.stream().anyMatch(tag -> tag.startsWith("NN"));
    }

    /** Whether the word can be a verb in its base form ("Publish", "Consult"). */
    public boolean isVerbBaseForm(String word) {
        return tags(word).contains("VB");
    }

    /**
     * Whether the word can be the last of a phrase: not a determiner, preposition, conjunction, possessive or modal
     * ("the", "in", "and", "our", "will"). A word the dictionary lacks (a name, an acronym) can.
     */
    public boolean canEndPhrase(String word) {
        return tags(word).stream().noneMatch(tag -> FUNCTION_TAGS.contains(tag) || tag.startsWith("PRP$"));
    }

    /** The word's part-of-speech tags, as written and in lower case. */
    Set<String> tags(String word) {
        Set<String> found = lookUp(word);
        if (!word.equals(lower(word))) {
            found.addAll(lookUp(lower(word)));
        }
        return found;
    }

    private Set<String> lookUp(String word) {
        Set<String> found = new HashSet<>();
        // A lookup keeps buffers of its own: one per call keeps the dictionary safe to share between threads.
        for (WordData d : new DictionaryLookup(partsOfSpeech).lookup(word)) {
            if (d.getTag() != null) {
                found.add(d.getTag().toString().replaceFirst(":.*$", ""));
            }
        }
        return found;
    }

    /** The spelling list holds "word" + separator + frequency: a word is there when that prefix is. */
    private boolean inSpellingList(String word) {
        byte[] key = (word + (char) spelling.metadata.getSeparator()).getBytes(StandardCharsets.UTF_8);
        return new FSATraversal(spelling.fsa).match(key).kind == MatchResult.SEQUENCE_IS_A_PREFIX;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
