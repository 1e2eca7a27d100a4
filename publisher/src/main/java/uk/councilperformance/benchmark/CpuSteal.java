package uk.councilperformance.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How much of the machine's CPU time its host took for others ("steal" in /proc/stat) between two readings. On a
 * virtual machine that share moves from one hour to the next, and every figure of a run with it; a run reports it
 * so that two runs can be compared. Only Linux counts it; elsewhere there is nothing to say.
 */
record CpuSteal(long steal, long total) {

    /** The machine's CPU time so far, in clock ticks, if the system says. */
    static Optional<CpuSteal> now() {
        return read(Path.of("/proc/stat"));
    }

    static Optional<CpuSteal> read(Path stat) {
        try {
            String first = Files.readAllLines(stat).stream().filter(l -> l.startsWith("cpu ")).findFirst().orElse("");
            String[] fields = first.trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal [guest guest_nice, already counted in user and nice]
            if (fields.length < 9) {
                return Optional.empty();
            }
            long total = 0;
            for (int i = 1; i <= 8; i++) {
                total += Long.parseLong(fields[i]);
            }
            return Optional.of(new CpuSteal(Long.parseLong(fields[8]), total));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The share of the CPU time since an earlier reading that the host took, in per cent. */
    double percentSince(CpuSteal earlier) {
        long elapsed = total - earlier.total;
        return elapsed <= 0 ? 0 : 100.0 * (steal - earlier.steal) / elapsed;
    }
}
