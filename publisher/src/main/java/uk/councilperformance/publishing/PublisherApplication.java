package uk.councilperformance.publishing;

import java.io.PrintWriter;
import java.util.Map;

import uk.councilperformance.Cli;

/**
 * The whole product's command line: the api's commands (db, serve, import...) plus publish, preview,
 * bench run (it times the publisher too), and a start that builds the database, serves the API, publishes the site from it over HTTP and serves that.
 */
public final class PublisherApplication {

    private PublisherApplication() {
    }

    public static void main(String[] args) {
        withoutSearchingTheClassPath();
        int code = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        if (code != 0 || !Cli.isServing()) {
            System.exit(code);
        }
    }

    /**
     * Names outright what two libraries would otherwise look for on the class path at every start, where a class that
     * is not there is looked for in each of its 75 jars in turn (together 10-40 ms of a publish with nothing to do;
     * docs/performance.md). picocli looks for Groovy, to run closures in annotations; commons-logging, Spring's logging,
     * for each logging library it knows and a configuration of its own, and picks SLF4J, as named here. A value given
     * with -D is kept.
     */
    public static void withoutSearchingTheClassPath() {
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.Slf4jLogFactory");
        }
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return Cli.run(out, err, Map.of(
                "start", new SiteStartCommand(),
                "publish", new PublishCommand(),
                "preview", new PreviewCommand(),
                "bench run", new uk.councilperformance.benchmark.BenchRunCommand(),
                "bench soak", new uk.councilperformance.benchmark.SoakCommand()), args);
    }
}
