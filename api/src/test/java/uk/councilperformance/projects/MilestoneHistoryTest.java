package uk.councilperformance.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.councilperformance.ratings.CommonStatus;
import uk.councilperformance.reports.ReportsRead;

/** A quarter's rating is the latest one given for that quarter: a later report that leaves it blank changes nothing. */
class MilestoneHistoryTest {

    /** These tests never ask a source for its report, so there is no repository to read from. */
    private static final ReportsRead SOURCES = new ReportsRead(null);

    private static MilestoneRating rating(long report, String quarter, String symbol, CommonStatus status, String at) {
        return new MilestoneRating(1, 2019, quarter, symbol, null, status, SOURCES.source(report, "Appendix 3 – Projects", 284, null), at);
    }

    private static MilestoneEntry entry(long report, int quarter, String at) {
        return new MilestoneEntry(1, report, quarter, null, null, null, null, List.of(), null, SOURCES.source(report, "t", 1, null), at);
    }

    @Test
    void anEarlierReportsRatingStandsWhenTheLaterReportLeavesTheQuarterBlank() {
        MilestoneHistory h = new MilestoneHistory(List.of(entry(1, 1, "2019-09-19"), entry(2, 2, "2019-11-26")),
                List.of(rating(1, "Q1", "✓", CommonStatus.COMPLETED, "2019-09-19")));
        assertThat(h.rating("Q1").publishedSymbol()).isEqualTo("✓");
        assertThat(h.rating("Q1").source().reportRowId()).isEqualTo(1);
        assertThat(h.rating("Q2")).isNull();
        assertThat(h.status()).isEqualTo(CommonStatus.COMPLETED);
    }

    @Test
    void aLaterReportThatRatesTheQuarterAgainReplacesTheRating() {
        MilestoneHistory h = new MilestoneHistory(List.of(entry(1, 1, "2019-09-19"), entry(2, 2, "2019-11-26")),
                List.of(rating(1, "Q1", "●", CommonStatus.SLIGHTLY_BEHIND, "2019-09-19"),
                        rating(2, "Q1", "✓", CommonStatus.COMPLETED, "2019-11-26")));
        assertThat(h.rating("Q1").publishedSymbol()).isEqualTo("✓");
        assertThat(h.current()).hasSize(1);
        assertThat(h.ratingHistory()).hasSize(2);
    }
}
