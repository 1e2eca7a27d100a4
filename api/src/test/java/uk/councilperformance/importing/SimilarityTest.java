package uk.councilperformance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The shortcut answers as the full comparison does, for names alike and unalike. */
class SimilarityTest {

    @Test
    void atLeastAgreesWithTheFullComparison() {
        Random random = new Random(7);
        String base = "Promote Prosperity Support Vulnerable People Community Safety";
        for (int n = 0; n < 5_000; n++) {
            String a = base.substring(0, 5 + random.nextInt(base.length() - 5));
            StringBuilder b = new StringBuilder(a);
            for (int edits = random.nextInt(12); edits > 0 && b.length() > 0; edits--) {
                int at = random.nextInt(b.length());
                switch (random.nextInt(3)) {
                    case 0 -> b.deleteCharAt(at);
                    case 1 -> b.insert(at, (char) ('a' + random.nextInt(26)));
                    default -> b.setCharAt(at, (char) ('a' + random.nextInt(26)));
                }
            }
            for (double min : new double[] {0.5, 0.8, 0.9}) {
                assertThat(Similarity.atLeast(a, b.toString(), min)).as("%s / %s at %s", a, b, min)
                        .isEqualTo(Similarity.of(a, b.toString()) >= min);
            }
        }
        assertThat(Similarity.atLeast("Support Vulnerable People", "Support Vulnerable People (continued)", 0.8)).isFalse();
        assertThat(Similarity.atLeast("Support Vulnerable People", "Suport Vulnerable Peple", 0.8)).isTrue();
        assertThat(Similarity.atLeast("", "", 0.8)).isTrue();
        assertThat(Similarity.atLeast("x", "", 0.8)).isFalse();
    }
}
