package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The build summary officers read: its figures as String.format would give them in English. */
class SummaryTest {

    @Test
    void secondsAndGroupedNumbersReadAsFormatGivesThem() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            long millis = i < 2_000 ? i : random.nextInt(10_000_000);
            assertThat(SitePublisher.Summary.seconds(millis)).isEqualTo(String.format(Locale.UK, "%.1f", millis / 1000.0));
            long n = i < 2_000 ? i * 997L - 1_000_000 : random.nextLong() / (1L << random.nextInt(63));
            assertThat(SitePublisher.Summary.grouped(n)).isEqualTo(String.format(Locale.UK, "%,d", n));
        }
        for (long n : new long[] {Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertThat(SitePublisher.Summary.grouped(n)).isEqualTo(String.format(Locale.UK, "%,d", n));
        }
    }

    @Test
    void aSummaryReadsAsBefore() {
        var summary = new SitePublisher.Summary(216, 0, new SiteFolder.Outcome(false, 384, 0, 384, "v"), 1_249, "/search/",
                108_747, 2_138_801);
        assertThat(summary.describe()).isEqualTo("Published 216 pages, 384 files (0 written, 384 unchanged) in 1.2 s. Page"
                + " weight: 9,901 bytes on average, heaviest /search/ (108,747 bytes). Nothing read or rendered: the data,"
                + " council and publisher are those of the last publish. Nothing changed since the last publish.");
    }
}
