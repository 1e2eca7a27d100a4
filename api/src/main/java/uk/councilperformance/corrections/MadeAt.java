package uk.councilperformance.corrections;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * When something was done, as fixed-width ISO 8601 UTC text ("2026-11-24T23:59:59Z"): fixed width so that
 * ordering the text orders the times (Instant.toString drops zero seconds).
 */
public final class MadeAt {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private MadeAt() {
    }

    public static String now() {
        return of(Instant.now());
    }

    static String of(Instant instant) {
        return FORMAT.format(instant);
    }
}
