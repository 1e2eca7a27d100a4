package uk.councilperformance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The word of an indicator's name the bench searches for. */
class AskedAboutTest {

    @Test
    void theLongestWordOfFourLettersOrMoreLowerCased() {
        assertThat(AskedAbout.longestWord("Number of fly-tipping Incidents reported")).isEqualTo("incidents");
        assertThat(AskedAbout.longestWord("% of Café visits")).isEqualTo("visits");
    }

    @Test
    void theFirstOfEquallyLongWordsWins() {
        assertThat(AskedAbout.longestWord("Homes built")).isEqualTo("homes");
        assertThat(AskedAbout.longestWord("Days lost")).isEqualTo("days");
    }

    @Test
    void aNameWithoutSuchAWordGivesNone() {
        assertThat(AskedAbout.longestWord("% of HB, 1-3")).isNull();
        assertThat(AskedAbout.longestWord("")).isNull();
    }
}
