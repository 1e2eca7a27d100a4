package uk.councilperformance.publishing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import uk.councilperformance.Cli;

/** Serves a published site on localhost. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Serve the published site on localhost, as a static host would. Stops with Ctrl-C."})
public class PreviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--site", description = "the site folder (default: ${DEFAULT-VALUE})", defaultValue = "build/site")
    Path site;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE})", defaultValue = "8000")
    int port;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(site)) {
            spec.commandLine().getErr().println("error: no site at " + site + " (run publish first)");
            return Cli.BAD_INPUT;
        }
        int actual = new PreviewServer(site).start(port);
        spec.commandLine().getOut().printf("Site: http://localhost:%d/%n", actual);
        Cli.serving();
        return 0;
    }
}
