package uk.councilperformance.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.councilperformance.TestData;
import uk.councilperformance.periods.FinancialYear;

/** The bundled rating schemes, read from data/rating-schemes.yaml. */
class RatingSchemesTest {

    private final RatingSchemes schemes = RatingSchemeFile.read(TestData.directory().resolve("rating-schemes.yaml"),
            "rating-schemes.yaml");

    @Test
    void eachYearHasItsOwnWordingMappedToTheCommonScale() {
        RatingScheme y2019 = schemes.forYear(new FinancialYear(2019)).orElseThrow();
        assertThat(y2019.interpret("Δ").orElseThrow().common()).isEqualTo(CommonStatus.SERIOUSLY_BEHIND);
        assertThat(y2019.interpret("▲").orElseThrow().schemeStatus()).contains("more-than-3-months-behind");
        assertThat(y2019.interpret("●").orElseThrow().common()).isEqualTo(CommonStatus.SLIGHTLY_BEHIND);
        assertThat(y2019.interpret("*").orElseThrow().common()).isEqualTo(CommonStatus.CLOSED);

        RatingScheme y2017 = schemes.forYear(new FinancialYear(2017)).orElseThrow();
        assertThat(y2017.interpret("•").orElseThrow().common()).isEqualTo(CommonStatus.ON_TRACK);
        assertThat(y2017.interpret("No rating provided").orElseThrow().schemeStatus()).contains("no-rating");
        // A scheme in use has no last year, so next year's reports are covered too.
        assertThat(schemes.forYear(new FinancialYear(2031))).map(RatingScheme::key).contains("actions-2019-20");
        assertThat(schemes.forYear(new FinancialYear(2016))).isEmpty();
    }

    @Test
    void theMangledFormsOfATickAreAllTicks() {
        RatingScheme scheme = schemes.forYear(new FinancialYear(2019)).orElseThrow();
        for (String tick : new String[] {"✓", "√", "1", "/", " ✔ "}) {
            assertThat(scheme.interpret(tick).orElseThrow().common()).as(tick).isEqualTo(CommonStatus.COMPLETED);
        }
        for (String triangle : new String[] {"▲", "Δ", "\\triangle", "$\\triangle$"}) {
            assertThat(scheme.interpret(triangle).orElseThrow().common()).as(triangle).isEqualTo(CommonStatus.SERIOUSLY_BEHIND);
        }
    }

    @Test
    void aLostSymbolIsUnknownNotNotRated() {
        RatingScheme scheme = schemes.forYear(new FinancialYear(2018)).orElseThrow();
        assertThat(scheme.interpret("unknown").orElseThrow().common()).isEqualTo(CommonStatus.UNKNOWN);
        assertThat(scheme.interpret("Not rated").orElseThrow().common()).isEqualTo(CommonStatus.NOT_RATED);
        assertThat(scheme.interpret("X")).isEmpty();
        assertThat(scheme.interpret("?")).isEmpty();
    }

    @Test
    void theDataFolderIsWhereTheTestsExpectIt() {
        assertThat(Path.of(TestData.directory().toString(), "reports")).isDirectory();
    }
}
