package uk.councilperformance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Re-joining text cut over columns: the report's own words first, then the English dictionary. */
class FragmentJoinerTest {

    private static FragmentJoiner joiner(String reportProse) {
        return new FragmentJoiner(Vocabulary.of(List.of(SourceLine.of(1, reportProse))));
    }

    @Test
    void aCutWordTheReportNeverUsesIsFoundInTheDictionary() {
        FragmentJoiner j = joiner("Passenger numbers using the station");
        assertThat(j.join(List.of("Measurem", "nent to comr", "nence Sum", "mer 2020"))).isEqualTo("Measurement to commence Summer 2020");
    }

    @Test
    void aNameTheDictionaryLacksIsFoundAmongTheReportsWords() {
        // "Rugeley" is no dictionary word; the report spells it elsewhere, so "Rugelo" "ey" is that name.
        assertThat(joiner("Rugeley Power Station").join("Rugelo", "ey")).isEqualTo("Rugeley");
    }

    @Test
    void twoWordsAreNotGluedIntoAThirdAndAGarbledLetterIsNotDropped() {
        FragmentJoiner j = joiner("Money in the bank and public environments");
        assertThat(j.join("money in", "come")).isEqualTo("money in come");
        // "o" "leaner" (probably "cleaner" misread): joining to "leaner" would hide the garble.
        assertThat(j.join("Striving for o", "leaner")).isEqualTo("Striving for oleaner");
    }

    @Test
    void aTokenStandingBetweenThePiecesOfACutWordIsPlacedAfterTheText() {
        FragmentJoiner j = joiner("Increase in supply of employment land");
        List<String> cells = List.of("Measurem", "ent to co 2022", "ommen", "ce");
        // The year was printed below the cut text; "co" "ommen" "ce" is "commence" with the "o" doubled at the break.
        assertThat(j.join(cells)).isEqualTo("Measurement to commence 2022");
        assertThat(j.run(cells)).isEqualTo(4);
        assertThat(j.displacedToken(cells)).contains("2022");
        assertThat(j.join(List.of("Delivering Council se services", "rvices that are customer centred"))).isEqualTo(
                "Delivering Council services that are customer centred services");
    }

    @Test
    void aTokenThatIsItselfThePieceOfTheCutWordStaysWhereItIs() {
        FragmentJoiner j = joiner("Increase the skill levels of residents in the District");
        assertThat(j.join(List.of("Increase the skill level", "s of residents"))).isEqualTo("Increase the skill levels of residents");
        assertThat(j.join(List.of("it will br", "ing to t", "he Distr", "ict"))).isEqualTo("it will bring to the District");
        assertThat(j.displacedToken(List.of("Increase the skill level", "s of residents"))).isEmpty();
        // Nothing joins into a word without the year: the cells stay apart.
        assertThat(j.run(List.of("Target 2022", "to follow"))).isEqualTo(1);
    }
}
