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
    void onLinuxTheCompilerThreadsOwnCpuTimeIsWatched(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tasks) throws Exception {
        thread(tasks, 11, "C2 CompilerThre", 40, 2);
        thread(tasks, 12, "C1 CompilerThre", 7, 1);
        thread(tasks, 13, "main", 900, 90);
        thread(tasks, 14, "G1 Conc#0 (x)", 500, 5);
        assertThat(CompilersIdle.compilerTicks(tasks)).isEqualTo(40 + 2 + 7 + 1);
    }

    /** A /proc/<pid>/task/<tid>/stat line: utime and stime are the 14th and 15th fields. */
    private static void thread(java.nio.file.Path tasks, int id, String name, long utime, long stime) throws Exception {
        java.nio.file.Path task = java.nio.file.Files.createDirectories(tasks.resolve(String.valueOf(id)));
        java.nio.file.Files.writeString(task.resolve("stat"),
                id + " (" + name + ") S 1 1 1 0 -1 4194368 10 0 0 0 " + utime + " " + stime + " 0 0 20 0 30 0 100 0 0\n");
    }

    @Test
    void givesUpAtTheLimitWhenTheCompilersNeverRest() {
        assertThat(waitFor(LongStream.iterate(0, t -> t + 1))).isEqualTo(CompilersIdle.LIMIT_MILLIS);
    }
}
