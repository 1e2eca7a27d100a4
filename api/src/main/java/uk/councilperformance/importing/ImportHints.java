package uk.councilperformance.importing;

import java.time.LocalDate;
import java.util.Optional;

import uk.councilperformance.periods.Quarter;

/**
 * What the officer knows that a report text may not print: the council, and for a committee's extract the
 * meeting it went to. Anything given here wins over what the text seems to say.
 */
public record ImportHints(Optional<String> councilSlug, Optional<String> councilName, Optional<String> meetingBody,
                          Optional<LocalDate> meetingDate, Optional<String> item, Optional<Quarter> quarter) {

    public static ImportHints none() {
        return new ImportHints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public ImportHints withCouncil(String slug, String name) {
        return new ImportHints(Optional.of(slug), Optional.of(name), meetingBody, meetingDate, item, quarter);
    }

    public ImportHints withMeeting(String body, LocalDate date, String item) {
        return new ImportHints(councilSlug, councilName, Optional.ofNullable(body), Optional.ofNullable(date),
                Optional.ofNullable(item), quarter);
    }
}
