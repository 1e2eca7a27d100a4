package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The chart's coordinates: one decimal place, halves rounded up, exactly as BigDecimal rounds the double's decimal. */
class IndicatorChartTest {

    @Test
    void coordinatesRoundAsTheDecimalTheDoubleStandsFor() {
        Random random = new Random(6);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextDouble() * 640;
                case 1 -> random.nextInt(64_000) / 100.0;
                case 2 -> 16 + 196 - (random.nextInt(10_000) / 10_000.0) * 196;
                default -> 64 + (i % 40) * (560.0 / (1 + i % 23));
            };
            assertThat(IndicatorChart.fmt(v)).as("%s", v).isEqualTo(BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString());
        }
        assertThat(IndicatorChart.fmt(0.25)).isEqualTo("0.3");
        assertThat(IndicatorChart.fmt(1.15)).isEqualTo("1.2");
        assertThat(IndicatorChart.fmt(64)).isEqualTo("64.0");
    }
}
