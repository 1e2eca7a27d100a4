package uk.councilperformance.ratings;

import java.util.List;
import java.util.Optional;

import uk.councilperformance.periods.FinancialYear;

/** All rating schemes known, each covering a run of financial years. */
public record RatingSchemes(List<RatingScheme> schemes) {

    public Optional<RatingScheme> forYear(FinancialYear year) {
        return schemes.stream().filter(s -> s.covers(year)).findFirst();
    }
}
