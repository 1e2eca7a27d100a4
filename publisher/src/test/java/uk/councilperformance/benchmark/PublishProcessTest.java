package uk.councilperformance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The publisher's own JVM gets the bench's heap limit and class archive, and the collector `cpt publish` uses. */
class PublishProcessTest {

    @Test
    void keepsTheHeapLimitAndArchiveAndRunsTheThroughputCollector() {
        assertThat(PublishProcess.jvmOptions(List.of("-Xmx512m", "-XX:SharedArchiveFile=app/publisher.jsa", "-Xlog:cds=off",
                "-Dspring.profiles.active=x", "-agentlib:jdwp=transport=dt_socket")))
                .containsExactly("-Xmx512m", "-XX:SharedArchiveFile=app/publisher.jsa", "-Xlog:cds=off", "-XX:+UseParallelGC");
    }

    @Test
    void aCollectorGivenToTheBenchIsTheOneUsed() {
        assertThat(PublishProcess.jvmOptions(List.of("-XX:+UseG1GC", "-Xmx1g"))).containsExactly("-XX:+UseG1GC", "-Xmx1g");
    }
}
