package uk.councilperformance;

import java.nio.file.Path;

import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the GraphQL API over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the GraphQL API (and GraphiQL) from the database.")
public class ServeCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--database", description = "SQLite database file (default: ${DEFAULT-VALUE})",
            defaultValue = "var/council-performance.db")
    Path database;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Override
    public Integer call() {
        new SpringApplicationBuilder(CouncilPerformanceApplication.class)
                .run("--council.database=" + database, "--server.port=" + port);
        Cli.serving();
        return 0;
    }
}
