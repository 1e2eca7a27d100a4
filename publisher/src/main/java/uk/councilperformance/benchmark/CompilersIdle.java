package uk.councilperformance.benchmark;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Waits until this JVM's JIT compilers have done nothing for a moment, as those of an API that has been serving for a
 * while have. A rebuild timed straight after a full build would otherwise share the two cores with the compiling of
 * the full build's code (a 1× no-change rebuild in its own JVM took 0.6-0.9 s so, against 0.4-0.5 s by hand).
 */
final class CompilersIdle {

    /** Compilers idle this long count as settled. */
    static final long IDLE_MILLIS = 300;
    /** The longest the bench waits for them. */
    static final long LIMIT_MILLIS = 10_000;
    private static final long POLL_MILLIS = 50;

    private CompilersIdle() {
    }

    /** Waits for this JVM's compilers; gives how long it waited, in milliseconds. */
    static long await() {
        CompilationMXBean compilation = ManagementFactory.getCompilationMXBean();
        if (compilation == null || !compilation.isCompilationTimeMonitoringSupported()) {
            return 0;
        }
        return await(compilation::getTotalCompilationTime, CompilersIdle::sleep);
    }

    /**
     * Polls the compilers' total time until it has not moved for {@link #IDLE_MILLIS}, or {@link #LIMIT_MILLIS} have
     * passed; the waiting is counted in polls, so that the rule can be checked without a clock.
     */
    static long await(LongSupplier compilationMillis, Sleeper sleeper) {
        long waited = 0;
        long quietSince = 0;
        long last = compilationMillis.getAsLong();
        while (waited - quietSince < IDLE_MILLIS && waited < LIMIT_MILLIS) {
            sleeper.sleep(POLL_MILLIS);
            waited += POLL_MILLIS;
            long now = compilationMillis.getAsLong();
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
