package uk.councilperformance.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Waits until this JVM's JIT compilers have done nothing for a moment, as those of an API that has been serving for a
 * while have. A rebuild timed straight after a full build would otherwise share the two cores with the compiling of
 * the full build's code: a thread sampler showed C2 busy on one core as a 1× no-change rebuild in its own JVM started.
 */
final class CompilersIdle {

    /** Compilers idle this long count as settled. */
    static final long IDLE_MILLIS = 300;
    /** The longest the bench waits for them. */
    static final long LIMIT_MILLIS = 10_000;
    private static final long POLL_MILLIS = 50;

    private CompilersIdle() {
    }

    /**
     * Waits for this JVM's compilers; gives how long it waited, in milliseconds. On Linux it watches the CPU time of
     * the compiler threads themselves: the JVM's own total moves only when a compilation ends, and one of C2's can
     * run for longer than the idle window.
     */
    static long await() {
        Path tasks = Path.of("/proc/self/task");
        if (Files.isDirectory(tasks)) {
            return await(() -> compilerTicks(tasks), CompilersIdle::sleep);
        }
        CompilationMXBean compilation = ManagementFactory.getCompilationMXBean();
        if (compilation == null || !compilation.isCompilationTimeMonitoringSupported()) {
            return 0;
        }
        return await(compilation::getTotalCompilationTime, CompilersIdle::sleep);
    }

    /** The CPU time (in clock ticks) of this JVM's compiler threads, "C1 CompilerThre…" and "C2 CompilerThre…". */
    static long compilerTicks(Path tasks) {
        long ticks = 0;
        try (var threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.matches("C[12] CompilerThre.*")) {
                        // After the name: state, then 10 fields, then utime and stime (proc(5)).
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // A thread that ended while being read used no more.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks;
    }

    /**
     * Polls the compilers' time (in any unit: ticks or milliseconds) until it has not moved for {@link #IDLE_MILLIS},
     * or {@link #LIMIT_MILLIS} have passed; the waiting is counted in polls, so that the rule can be checked without a
     * clock.
     */
    static long await(LongSupplier compilerTime, Sleeper sleeper) {
        long waited = 0;
        long quietSince = 0;
        long last = compilerTime.getAsLong();
        while (waited - quietSince < IDLE_MILLIS && waited < LIMIT_MILLIS) {
            sleeper.sleep(POLL_MILLIS);
            waited += POLL_MILLIS;
            long now = compilerTime.getAsLong();
            if (now != last) {
                quietSince = waited;
                last = now;
            }
        }
        return waited;
    }

    /** Sleeps for the given milliseconds. */
    interface Sleeper {
        void sleep(long millis);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the compilers", e);
        }
    }
}
