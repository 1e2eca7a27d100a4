package uk.councilperformance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The publisher's own JVM gets the bench's heap limit and class archive, and the collector and compiler thresholds
 * `cpt publish` uses.
 */
class PublishProcessTest {

    @Test
    void keepsTheHeapLimitAndArchiveAndRunsTheThroughputCollectorAndTheBatchCompilerThresholds() {
        assertThat(PublishProcess.jvmOptions(List.of("-Xmx512m", "-XX:SharedArchiveFile=app/publisher.jsa", "-Xlog:cds=off",
                "-Dspring.profiles.active=x", "-agentlib:jdwp=transport=dt_socket")))
                .containsExactly("-Xmx512m", "-XX:SharedArchiveFile=app/publisher.jsa", "-Xlog:cds=off", "-XX:+UseParallelGC",
                        "-XX:Tier4InvocationThreshold=200000", "-XX:Tier4MinInvocationThreshold=24000",
                        "-XX:Tier4CompileThreshold=240000", "-XX:Tier4BackEdgeThreshold=1600000");
    }

    @Test
    void aCollectorOrThresholdsGivenToTheBenchAreTheOnesUsed() {
        assertThat(PublishProcess.jvmOptions(List.of("-XX:+UseG1GC", "-Xmx1g", "-XX:Tier4InvocationThreshold=5000")))
                .containsExactly("-XX:+UseG1GC", "-Xmx1g", "-XX:Tier4InvocationThreshold=5000");
    }

    @Test
    void theThresholdsAreTheOnesCptPublishUses() throws java.io.IOException {
        // The data folder's parent is the repository, where cpt is.
        String cpt = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("council.data")).getParent().resolve("cpt"));
        PublishProcess.BATCH_COMPILER.forEach(option -> assertThat(cpt).contains(option));
    }
}
