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
        int code = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        if (code != 0 || !Cli.isServing()) {
            System.exit(code);
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
