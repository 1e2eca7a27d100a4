package uk.councilperformance;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.councilperformance.importing.Dataset;
import uk.councilperformance.importing.DatasetLoader;
import uk.councilperformance.importing.ReportStore;

/** The main job: build the database from the data folder, then serve the API. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Build the database from the data folder and serve the GraphQL API.",
                "Stops with Ctrl-C."})
public class StartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", description = "the data folder (default: ${DEFAULT-VALUE})", defaultValue = "data")
    Path data;

    @Option(names = "--database", description = "SQLite database file (default: ${DEFAULT-VALUE})",
            defaultValue = "var/council-performance.db")
    Path database;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Dataset dataset = Dataset.read(data);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CouncilPerformanceApplication.class)
                .run("--council.database=" + database, "--server.port=" + port);
        DatasetLoader.Result result = context.getBean(DatasetLoader.class).load(dataset);
        out.printf("Database %s: %d reports added, %d replaced, %d unchanged.%n", database,
                result.count(ReportStore.Outcome.ADDED), result.count(ReportStore.Outcome.REPLACED),
                result.count(ReportStore.Outcome.UNCHANGED));
        out.printf("GraphQL API: http://localhost:%d/graphql%n", port);
        out.println("Press Ctrl-C to stop.");
        out.flush();
        Cli.serving();
        return 0;
    }
}
