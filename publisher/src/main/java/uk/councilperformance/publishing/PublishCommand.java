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

    /** The exit code when the API cannot be reached (sysexits' EX_UNAVAILABLE): scripts may wait and try again. */
    static final int API_UNAVAILABLE = 69;

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
        } catch (RuntimeException e) {
            // Trouble with the API, not with the data or the publisher: say what happened and what to do.
            var err = spec.commandLine().getErr();
            String kept = allCouncils
                    ? "Each council's site published before that is complete; the others are as they were."
                    : "The site folder is as it was.";
            if (find(e, SiteTransport.Unreachable.class) != null) {
                // The API is not running, or stopped mid-publish.
                err.println("error: the API at " + api + " did not answer (" + why(e) + ").");
                err.println(kept + " Start the API (cpt serve) and publish again"
                        + (allCouncils ? ": the complete ones are not rendered again." : "."));
                return API_UNAVAILABLE;
            }
            var status = find(e, SiteTransport.NotGraphQl.class);
            var refused = find(e, SiteApi.Refused.class);
            if (status == null && refused == null) {
                throw e;
            }
            err.println("error: the API at " + api + (status != null
                    ? " answered " + status.getMessage() + ": is --api the API's GraphQL endpoint (ending /graphql)?"
                    : " " + refused.getMessage() + ". Are the API and the publisher the same version (cpt --version)?"));
            err.println(kept);
            return 1;
        }
        spec.commandLine().getOut().println(summary.describe());
        spec.commandLine().getOut().println("Site folder: " + out);
        return 0;
    }

    /** The first exception of that type in e's chain of causes, or null. */
    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Why, in the JDK's words where it has some (SiteTransport.Unreachable itself only repeats the URL). */
    private static String why(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) {
                return "no connection could be made";
            }
            if (t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return "no connection could be made";
    }
}
