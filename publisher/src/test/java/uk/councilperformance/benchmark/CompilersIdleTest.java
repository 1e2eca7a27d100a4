package uk.councilperformance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class CompilersIdleTest {

    private final List<Long> slept = new ArrayList<>();

    private long waitFor(LongStream compilationMillis) {
        PrimitiveIterator.OfLong times = compilationMillis.iterator();
        return CompilersIdle.await(times::nextLong, slept::add);
    }

    @Test
    void waitsUntilTheCompilersHaveBeenIdleForTheWholeWindow() {
        // Busy for the first four polls (the total moves), then idle.
        long waited = waitFor(LongStream.concat(LongStream.of(0, 10, 20, 30, 40), LongStream.generate(() -> 40)));
        assertThat(waited).isEqualTo(4 * 50 + CompilersIdle.IDLE_MILLIS);
        assertThat(slept).allMatch(ms -> ms == 50).hasSize((int) (waited / 50));
    }

    @Test
    void returnsAtOnceAfterOneWindowWhenNothingCompiles() {
        assertThat(waitFor(LongStream.generate(() -> 7))).isEqualTo(CompilersIdle.IDLE_MILLIS);
    }

    @Test
    void givesUpAtTheLimitWhenTheCompilersNeverRest() {
        assertThat(waitFor(LongStream.iterate(0, t -> t + 1))).isEqualTo(CompilersIdle.LIMIT_MILLIS);
    }
}
