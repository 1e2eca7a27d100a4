package uk.councilperformance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The publisher's own JVM gets the bench's heap limit and class archive, and the collector, young generation and
 * compiler `cpt publish` uses.
 */
class PublishProcessTest {

    @Test
    void keepsTheHeapLimitAndArchiveAndRunsTheThroughputCollectorAHalfHeapYoungGenerationAndC1Alone() {
        assertThat(PublishProcess.jvmOptions(List.of("-Xmx512m", "-XX:SharedArchiveFile=app/publisher.jsa", "-Xlog:cds=off",
                "-Dspring.profiles.active=x", "-agentlib:jdwp=transport=dt_socket")))
                .containsExactly("-Xmx512m", "-XX:SharedArchiveFile=app/publisher.jsa", "-Xlog:cds=off", "-XX:+UseParallelGC",
                        "-Xmn256m", "-XX:SurvivorRatio=3", "-XX:TieredStopAtLevel=1");
    }

    @Test
    void startsFromThePublishsOwnArchiveWhereCptMadeOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path app)
            throws java.io.IOException {
        String main = "-XX:SharedArchiveFile=" + app.resolve("publisher.jsa");
        assertThat(PublishProcess.jvmOptions(List.of(main))).contains(main);
        java.nio.file.Files.writeString(app.resolve("publish.jsa"), "archive");
        assertThat(PublishProcess.jvmOptions(List.of(main))).contains("-XX:SharedArchiveFile=" + app.resolve("publish.jsa"))
                .doesNotContain(main);
        String other = "-XX:SharedArchiveFile=" + app.resolve("mine.jsa");
        assertThat(PublishProcess.jvmOptions(List.of(other))).contains(other);
    }

    @Test
    void cptPublishStartsFromItsOwnArchive() throws java.io.IOException {
        String cpt = cpt();
        assertThat(cpt).contains("-XX:ArchiveClassesAtExit=\"$app/publish.jsa\"").contains("archive=\"$app/publish.jsa\"");
    }

    /**
     * Java 17 archives a method still queued for the JIT compiler as queued, and a JVM that maps the archive never
     * compiles it (JDK-8306460): the training runs that make the archives are interpreted, so nothing is queued.
     */
    @Test
    void theArchivesAreMadeByInterpretedRuns() throws java.io.IOException {
        List<String> dumps = cpt().lines().filter(l -> l.contains("-XX:ArchiveClassesAtExit=")).toList();
        assertThat(dumps).hasSize(2).allMatch(l -> l.contains("java -Xint -XX:ArchiveClassesAtExit="));
    }

    @Test
    void anArchiveIsKeptOnlyIfAPublishThatMapsItCompilesTheHottestMethods(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String cpt = cpt();
        String rule = cpt.substring(cpt.indexOf("# hot methods: begin"), cpt.indexOf("# hot methods: end"));
        // Both archives are checked, each by a publish that maps it, and removed if the check fails.
        assertThat(cpt).contains("for checked in publish.jsa publisher.jsa", "hot_methods_compiled \"$scratch/check-$checked.log\"",
                "rm -f \"$app/$checked\"");
        String compiled = """
                    664  753       1       uk.councilperformance.publishing.JsonValues::string (120 bytes)
                   1444 1357       1       uk.councilperformance.json.JsonBytes::string (114 bytes)
                   1526 1544       1       uk.councilperformance.publishing.HtmlText::reference (79 bytes)
                   1534 1586       1       uk.councilperformance.publishing.HtmlText::escape (111 bytes)
                """;
        assertThat(hotMethodsCompiled(rule, dir, compiled)).isTrue();
        // What the archive of 69211ba gave: the escaping never compiled.
        assertThat(hotMethodsCompiled(rule, dir, compiled.lines().filter(l -> !l.contains("HtmlText::escape"))
                .collect(java.util.stream.Collectors.joining("\n")))).isFalse();
        // A method whose name only begins like a hot one's is not taken for it.
        assertThat(hotMethodsCompiled(rule, dir, compiled.replace("HtmlText::escape ", "HtmlText::escapeAttribute "))).isFalse();
        // The rule names each method where its class lives (JsonBytes moved from publishing to json).
        assertThat(hotMethodsCompiled(rule, dir, compiled.replace(".json.JsonBytes", ".publishing.JsonBytes"))).isFalse();
        assertThat(hotMethodsCompiled(rule, dir, "")).isFalse();
    }

    private static boolean hotMethodsCompiled(String rule, java.nio.file.Path dir, String log) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("compilation.log"), log);
        Process run = new ProcessBuilder("bash", "-c", "set -euo pipefail; " + rule + " hot_methods_compiled \"$1\"", "check",
                file.toString()).redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes()).trim();
        int code = run.waitFor();
        assertThat(code).as(out).isIn(0, 1);
        return code == 0;
    }

    @Test
    void aCollectorYoungGenerationOrCompilerGivenToTheBenchAreTheOnesUsed() {
        assertThat(PublishProcess.jvmOptions(List.of("-XX:+UseG1GC", "-Xmx1g", "-XX:NewRatio=2", "-XX:Tier4InvocationThreshold=5000")))
                .containsExactly("-XX:+UseG1GC", "-Xmx1g", "-XX:NewRatio=2", "-XX:Tier4InvocationThreshold=5000");
        assertThat(PublishProcess.jvmOptions(List.of("-Xmx1g", "-XX:SurvivorRatio=8")))
                .containsExactly("-Xmx1g", "-XX:SurvivorRatio=8", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1");
    }

    @Test
    void thePeakHeapIsTheLargestHeapACollectionFound() {
        assertThat(PublishProcess.largestHeapCollected(List.of(
                "[0.004s][info][gc] Using Parallel",
                "[0.612s][info][gc] GC(0) Pause Young (Allocation Failure) 204M->28M(491M) 15.210ms",
                "[1.020s][info][gc] GC(1) Pause Full (Ergonomics) 301M->120M(491M) 80.002ms",
                "[1.530s][info][gc] GC(2) Pause Young (Allocation Failure) 250M->140M(491M) 9.1ms",
                "[1.600s][info][gc] GC(3) Pause Young (Allocation Failure) 900K->100K(491M) 0.1ms")))
                .isEqualTo(301L << 20);
        assertThat(PublishProcess.largestHeapCollected(List.of("[0.1s][info][gc] GC(0) Pause Young (Normal) 2G->1G(4G) 1ms")))
                .isEqualTo(2L << 30);
        assertThat(PublishProcess.largestHeapCollected(List.of("[0.004s][info][gc] Using Parallel"))).isZero();
    }

    @Test
    void theYoungGenerationIsHalfTheHeapLimitWithSurvivorsAFifthOfItEach() {
        assertThat(PublishProcess.youngGeneration(List.of("-Xmx512m"))).containsExactly("-Xmn256m", "-XX:SurvivorRatio=3");
        assertThat(PublishProcess.youngGeneration(List.of("-Xmx2g"))).containsExactly("-Xmn1024m", "-XX:SurvivorRatio=3");
        assertThat(PublishProcess.youngGeneration(List.of("-Xmx786432k"))).containsExactly("-Xmn384m", "-XX:SurvivorRatio=3");
        assertThat(PublishProcess.youngGeneration(List.of("-Xms64m"))).containsExactly("-Xmn256m", "-XX:SurvivorRatio=3");
    }

    /** cpt, at the repository root (the data folder's parent). */
    private static String cpt() throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("council.data")).getParent().resolve("cpt"));
    }

    @Test
    void theCompilerIsTheOneCptPublishUses() throws java.io.IOException {
        String cpt = cpt();
        PublishProcess.BATCH_COMPILER.forEach(option -> assertThat(cpt).contains(option));
    }

    @Test
    void cptGivesTheSameYoungGeneration() throws Exception {
        String cpt = cpt();
        assertThat(cpt).contains("\"${young[@]}\"");
        // cpt's rule alone: the lines between its markers, run by bash with CPT_JAVA_OPTS set as a user would.
        String rule = cpt.substring(cpt.indexOf("# young generation: begin"), cpt.indexOf("# young generation: end"));
        for (String heap : List.of("-Xmx512m", "-Xmx2g", "-Xmx786432k", "-Dx=1 -Xmx384M -Dy=2", "")) {
            ProcessBuilder bash = new ProcessBuilder("bash", "-c", "set -euo pipefail; set -- publish; " + rule + " echo \"${young[@]}\"")
                    .redirectErrorStream(true);
            bash.environment().put("CPT_JAVA_OPTS", heap);
            Process run = bash.start();
            String out = new String(run.getInputStream().readAllBytes()).trim();
            assertThat(run.waitFor()).as(out).isZero();
            assertThat(out).as(heap).isEqualTo(String.join(" ", PublishProcess.youngGeneration(List.of(heap.split(" ")))));
        }
    }
}
