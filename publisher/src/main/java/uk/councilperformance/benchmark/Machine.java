package uk.councilperformance.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.SpringBootVersion;

/** The machine and software a bench ran on, so that its figures can be compared with another run's. */
public final class Machine {

    private Machine() {
    }

    public static Map<String, String> describe(String databaseVersion) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("CPU", Runtime.getRuntime().availableProcessors() + " cores available to Java" + cpuModel());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            facts.put("Memory", gib(os.getTotalMemorySize()) + " GiB physical");
        }
        facts.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")");
        facts.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.vendor") + "), max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB"
                + jvmOptions());
        facts.put("Application", "council-performance 0.1.0" + commit());
        facts.put("Spring Boot", SpringBootVersion.getVersion());
        facts.put("Spring for GraphQL", version(org.springframework.graphql.ExecutionGraphQlService.class));
        facts.put("graphql-java", bundleVersion("graphql-java"));
        facts.put("Database", databaseVersion);
        return facts;
    }

    private static String version(Class<?> type) {
        String v = type.getPackage().getImplementationVersion();
        return v != null ? v : "unknown";
    }

    /** The JVM options that shape the figures (heap, collector), not the system properties. */
    private static String jvmOptions() {
        String options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-D") && !a.startsWith("-javaagent") && !a.startsWith("@"))
                .collect(java.util.stream.Collectors.joining(" "));
        return options.isEmpty() ? "" : ", " + options;
    }

    /** graphql-java states its version only in its OSGi manifest. */
    private static String bundleVersion(String symbolicName) {
        try {
            var manifests = Machine.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (var in = manifests.nextElement().openStream()) {
                    var attributes = new java.util.jar.Manifest(in).getMainAttributes();
                    if (symbolicName.equals(attributes.getValue("Bundle-SymbolicName"))) {
                        return attributes.getValue("Bundle-Version");
                    }
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }

    private static String gib(long bytes) {
        return String.format("%.1f", bytes / (1024.0 * 1024 * 1024));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> ", " + l.substring(l.indexOf(':') + 1).strip()).orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The git commit, when run inside the repository (with "+changes" if the tree differs from it). */
    private static String commit() {
        try {
            String head = run("git", "rev-parse", "--short", "HEAD");
            if (head.isEmpty()) {
                return "";
            }
            return ", commit " + head + (run("git", "status", "--porcelain").isEmpty() ? "" : "+changes");
        } catch (IOException | InterruptedException | RuntimeException e) {
            return "";
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "";
    }
}
