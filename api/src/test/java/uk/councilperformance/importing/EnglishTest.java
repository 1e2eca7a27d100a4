package uk.councilperformance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dictionary answers the few questions the importer asks of it. */
class EnglishTest {

    private final English english = English.dictionary();

    @Test
    void aWordCutAndGarbledByExtractionIsNoWord() {
        assertThat(english.isWord("Measurement")).isTrue();
        assertThat(english.isWord("measurement")).isTrue();
        assertThat(english.isWord("Measuremnent")).isFalse();
        assertThat(english.isWord("rvices")).isFalse();
        // British spelling is in the spelling list.
        assertThat(english.isWord("organisation")).isTrue();
        assertThat(english.isWord("")).isFalse();
    }

    @Test
    void adjectivesParticiplesAndPrepositionsCannotBeNounsButNamesMayBe() {
        assertThat(english.canBeNoun("associated")).isFalse();
        assertThat(english.canBeNoun("approved")).isFalse();
        assertThat(english.canBeNoun("the")).isFalse();
        assertThat(english.canBeNoun("Academy")).isTrue();
        assertThat(english.canBeNoun("Documents")).isTrue();
        // A word the dictionary lacks may be a place or an acronym: it can end a name.
        assertThat(english.canBeNoun("Hednesford")).isTrue();
    }

    @Test
    void baseFormsOfVerbs() {
        assertThat(english.isVerbBaseForm("Publish")).isTrue();
        assertThat(english.isVerbBaseForm("Consult")).isTrue();
        assertThat(english.isVerbBaseForm("Partnership")).isFalse();
        assertThat(english.isVerbBaseForm("approved")).isFalse();
    }

    @Test
    void functionWordsDoNotEndAPhrase() {
        assertThat(english.canEndPhrase("discussion")).isTrue();
        assertThat(english.canEndPhrase("them")).isTrue();
        assertThat(english.canEndPhrase("in")).isFalse();
        assertThat(english.canEndPhrase("the")).isFalse();
        assertThat(english.canEndPhrase("our")).isFalse();
        assertThat(english.canEndPhrase("and")).isFalse();
    }
}
