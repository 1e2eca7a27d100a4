package uk.councilperformance.periods;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FinancialYearTest {

    @Test
    void theThreeWaysOfWritingAYearAreTheSameYear() {
        assertThat(FinancialYear.parse("2019/20")).contains(new FinancialYear(2019));
        assertThat(FinancialYear.parse("2019-20")).contains(new FinancialYear(2019));
        assertThat(FinancialYear.parse("2019-2020")).contains(new FinancialYear(2019));
        assertThat(FinancialYear.parse("1999/00")).contains(new FinancialYear(1999));
    }

    @Test
    void rejectsWhatIsNotOneYearToTheNext() {
        assertThat(FinancialYear.parse("2019/21")).isEmpty();
        assertThat(FinancialYear.parse("2019")).isEmpty();
        assertThat(FinancialYear.parse("Q1 2019/20")).isEmpty();
    }

    @Test
    void printsTheCouncilsForm() {
        assertThat(new FinancialYear(2019).toString()).isEqualTo("2019/20");
        assertThat(new FinancialYear(1999).toString()).isEqualTo("1999/00");
    }

    @Test
    void readsQuarters() {
        assertThat(Quarter.parse("Q3")).contains(Quarter.Q3);
        assertThat(Quarter.parse("Quarter 4")).contains(Quarter.Q4);
        assertThat(Quarter.parse("Q5")).isEmpty();
    }
}
