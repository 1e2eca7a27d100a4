package uk.councilperformance.publishing;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import uk.councilperformance.Cli;
import uk.councilperformance.CouncilPerformanceApplication;
import uk.councilperformance.importing.Dataset;
import uk.councilperformance.importing.DatasetLoader;
import uk.councilperformance.importing.ReportStore;

/** The main job: database from data/, the API, the site published from the API over HTTP, and a preview. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Build the database from the data folder, serve the GraphQL API, publish the site from it",
                "and serve the site on localhost. Stops with Ctrl-C."})
public class SiteStartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", description = "the data folder (default: ${DEFAULT-VALUE})", defaultValue = "data")
    Path data;

    @Option(names = "--database", description = "SQLite database file (default: ${DEFAULT-VALUE})",
            defaultValue = "var/council-performance.db")
    Path database;

    @Option(names = "--port", description = "API port (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--site-port", description = "site preview port (default: ${DEFAULT-VALUE})", defaultValue = "8000")
    int sitePort;

    @Option(names = "--council", description = "the council whose site to build, by slug (default: the database's only council)")
    String council;

    @Option(names = "--out", description = "the site folder (default: ${DEFAULT-VALUE})", defaultValue = "build/site")
    Path out;

    /**
     * Stops once the site is published, without the preview: cpt runs the main job this way once per build to record
     * the classes it loads (the API's, the import's, the publisher's and the GraphQL client's) in the class-data
     * archive every later command starts from.
     */
    @Option(names = "--stop-when-published", hidden = true)
    boolean stopWhenPublished;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var progress = spec.commandLine().getErr();
        // The site's port is served last: a taken one would otherwise be found only after the database and the publish.
        PreviewServer.checkFree(sitePort);
        Dataset dataset = Dataset.read(data);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CouncilPerformanceApplication.class)
                .run("--council.database=" + database, "--server.port=" + port);
        DatasetLoader.Result result = context.getBean(DatasetLoader.class).load(dataset);
        out.printf("Database %s: %d reports added, %d replaced, %d unchanged.%n", database,
                result.count(ReportStore.Outcome.ADDED), result.count(ReportStore.Outcome.REPLACED),
                result.count(ReportStore.Outcome.UNCHANGED));
        int apiPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        String api = "http://localhost:" + apiPort + "/graphql";
        SitePublisher.Summary summary;
        try {
            summary = council == null
                    ? new SitePublisher(new SiteApi(api)).publish(new SiteFolder(this.out), progress)
                    : new SitePublisher(new SiteApi(api)).publish(new SiteFolder(this.out), progress, council);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        out.println(summary.describe());
        if (stopWhenPublished) {
            context.close();
            return 0;
        }
        int actual = new PreviewServer(this.out).start(sitePort);
        out.printf("%nGraphQL API: %s%nGraphiQL:    http://localhost:%d/graphiql%nSite:        http://localhost:%d/%n",
                api, apiPort, actual);
        out.println("Press Ctrl-C to stop.");
        out.flush();
        Cli.serving();
        return 0;
    }
}
