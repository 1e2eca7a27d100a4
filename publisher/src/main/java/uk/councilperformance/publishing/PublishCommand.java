package uk.councilperformance.publishing;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Builds the public site from the API into a folder, replacing the previous site atomically. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Build the public site from the GraphQL API into a folder.",
                "The folder is replaced atomically: an interrupted build leaves the previous site as it was.",
                "Unchanged pages are not rewritten; the same data always gives the same files."})
public class PublishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--api", description = "the GraphQL endpoint (default: ${DEFAULT-VALUE})",
            defaultValue = "http://localhost:8080/graphql")
    String api;

    @Option(names = "--council", description = "the council whose site to build, by slug (default: the database's only council)")
    String council;

    @Option(names = "--all-councils", description = "build every council's site, each into a folder named by its slug under --out")
    boolean allCouncils;

    @Option(names = "--out", description = "the site folder (default: ${DEFAULT-VALUE})", defaultValue = "build/site")
    Path out;

    @Override
    public Integer call() {
        var progress = spec.commandLine().getErr();
        SitePublisher.Summary summary;
        try {
            SitePublisher publisher = new SitePublisher(new SiteApi(api));
            if (allCouncils && council != null) {
                throw new IllegalArgumentException("give either --council or --all-councils, not both");
            }
            summary = allCouncils ? publisher.publishAll(out, progress)
                    : council == null ? publisher.publish(new SiteFolder(out), progress)
                    : publisher.publish(new SiteFolder(out), progress, council);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        spec.commandLine().getOut().println(summary.describe());
        spec.commandLine().getOut().println("Site folder: " + out);
        return 0;
    }
}
