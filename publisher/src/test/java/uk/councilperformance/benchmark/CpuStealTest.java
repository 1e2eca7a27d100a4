package uk.councilperformance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host's share of the CPU time between two readings of /proc/stat's first line. */
class CpuStealTest {

    @TempDir
    Path dir;

    @Test
    void theShareIsTheStealTicksOverAllTicksBetweenTwoReadings() throws Exception {
        CpuSteal before = read("cpu  100 0 50 800 10 0 0 40 7 0\ncpu0 50 0 25 400 5 0 0 20 0 0\n");
        // 400 more ticks in all, 60 of them stolen; guest time (7 → 9) is already in user time and not counted again.
        CpuSteal after = read("cpu  200 0 100 980 20 0 0 100 9 0\ncpu0 100 0 50 500 10 0 0 50 0 0\n");
        assertThat(before.total()).isEqualTo(1000);
        assertThat(after.percentSince(before)).isEqualTo(15.0);
        assertThat(before.percentSince(before)).isZero();
    }

    @Test
    void aSystemThatDoesNotCountStealSaysNothing() throws Exception {
        Path stat = dir.resolve("short");
        Files.writeString(stat, "cpu  100 0 50 800\n");
        assertThat(CpuSteal.read(stat)).isEmpty();
        assertThat(CpuSteal.read(dir.resolve("missing"))).isEmpty();
    }

    private CpuSteal read(String text) throws Exception {
        Path stat = Files.createTempFile(dir, "stat", "");
        Files.writeString(stat, text);
        return CpuSteal.read(stat).orElseThrow();
    }
}
