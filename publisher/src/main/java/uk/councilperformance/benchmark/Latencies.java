package uk.councilperformance.benchmark;

import java.util.Arrays;

/** Response times of one query, in nanoseconds, and their percentiles (nearest rank). */
public final class Latencies {

    private long[] nanos = new long[1024];
    private int size;

    public void add(long value) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = value;
    }

    public void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i]);
        }
    }

    public int count() {
        return size;
    }

    /** The p-th percentile in milliseconds (p in 0..100); NaN when nothing was measured. */
    public double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1_000_000.0;
    }
}
