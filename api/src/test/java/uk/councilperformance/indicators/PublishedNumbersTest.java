package uk.councilperformance.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PublishedNumbersTest {

    @Test
    void readsACountAndASumOfMoneyFromACompoundValue() {
        PublishedNumbers n = PublishedNumbers.parse("100 cases £19,112.23");
        assertThat(n.count()).contains(new BigDecimal("100"));
        assertThat(n.money()).contains(new BigDecimal("19112.23"));
        assertThat(n.percent()).isEmpty();
    }

    @Test
    void leavesTheCountUnreadWhenTwoCountsArePrinted() {
        PublishedNumbers n = PublishedNumbers.parse("Total: 24,745 Ans: 23,471 94.9%");
        assertThat(n.count()).isEmpty();
        assertThat(n.percent()).contains(new BigDecimal("94.9"));
    }

    @Test
    void doesNotTakeYearsRangesOrLabelsForCounts() {
        assertThat(PublishedNumbers.parse("12.7% (measure Jul 2019)").count()).isEmpty();
        assertThat(PublishedNumbers.parse("235 net dwellings completed (2018/19)").count()).contains(new BigDecimal("235"));
        assertThat(PublishedNumbers.parse("a) 150-200").count()).isEmpty();
        assertThat(PublishedNumbers.parse("NVQ3 – 51.1% average").count()).isEmpty();
        assertThat(PublishedNumbers.parse("47.2% NVQ Level 3+ (Jan –Dec 2016)").count()).isEmpty();
        assertThat(PublishedNumbers.parse("start on site in Q4").count()).isEmpty();
    }

    @Test
    void twoPercentagesAreAmbiguous() {
        assertThat(PublishedNumbers.parse("Cannock 1.4% Average W.Mids 2.9%").percent()).isEmpty();
    }

    @Test
    void wordsAndBlanksHaveNoNumbers() {
        assertThat(PublishedNumbers.parse("n/a").isEmpty()).isTrue();
        assertThat(PublishedNumbers.parse("N/A – new indicator").isEmpty()).isTrue();
        assertThat(PublishedNumbers.parse("").isEmpty()).isTrue();
        assertThat(PublishedNumbers.parse(null)).isEqualTo(PublishedNumbers.NONE);
    }

    @Test
    void aBareNumberIsACountEvenIfItLooksLikeAYear() {
        assertThat(PublishedNumbers.parse("2,586").count()).contains(new BigDecimal("2586"));
        assertThat(PublishedNumbers.parse("2010").count()).contains(new BigDecimal("2010"));
    }

    @Test
    void moneyWithASuffixIsNotScaledByGuesswork() {
        PublishedNumbers n = PublishedNumbers.parse("Grant offer of £900k received");
        assertThat(n.money()).isEqualTo(Optional.empty());
    }

    @Test
    void implausiblyLongNumbersAreNotRead() {
        assertThat(PublishedNumbers.parse("9".repeat(40)).count()).isEmpty();
        assertThat(PublishedNumbers.parse("£" + "1".repeat(30)).money()).isEmpty();
        assertThat(PublishedNumbers.parse("0.123456%").percent()).isEmpty();
    }
}
