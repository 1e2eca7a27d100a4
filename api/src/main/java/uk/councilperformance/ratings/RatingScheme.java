package uk.councilperformance.ratings;

import java.util.List;
import java.util.Optional;

import uk.councilperformance.periods.FinancialYear;

/**
 * The wording a council used for ratings in a run of years, with each status's common-scale meaning.
 * {@code lastYear} is empty while the scheme is still in use.
 */
public record RatingScheme(String key, String title, FinancialYear firstYear, Optional<FinancialYear> lastYear,
                           List<Status> statuses) {

    /** One status of the scheme, in the scheme's own words. */
    public record Status(String key, String label, CommonStatus common, Optional<RatingSymbol> symbol) {
    }

    public boolean covers(FinancialYear year) {
        return year.compareTo(firstYear) >= 0 && lastYear.map(last -> year.compareTo(last) <= 0).orElse(true);
    }

    public Optional<Status> statusFor(RatingSymbol symbol) {
        return statuses.stream().filter(s -> s.symbol().equals(Optional.of(symbol))).findFirst();
    }

    public Optional<Status> statusFor(CommonStatus common) {
        return statuses.stream().filter(s -> s.common() == common).findFirst();
    }

    /**
     * What a published symbol means in this scheme. A missing symbol is UNKNOWN and a "not rated"
     * phrase is NOT_RATED in every scheme, with the scheme's own wording where it has one.
     */
    public Optional<Rating> interpret(String published) {
        return RatingSymbol.recognise(published).flatMap(symbol -> switch (symbol) {
            case MISSING -> Optional.of(new Rating(published, Optional.empty(), CommonStatus.UNKNOWN));
            case NO_RATING -> Optional.of(new Rating(published,
                    statusFor(CommonStatus.NOT_RATED).map(Status::key), CommonStatus.NOT_RATED));
            default -> statusFor(symbol).map(s -> new Rating(published, Optional.of(s.key()), s.common()));
        });
    }

    /** A rating as published, with its meaning. */
    public record Rating(String published, Optional<String> schemeStatus, CommonStatus common) {
    }
}
