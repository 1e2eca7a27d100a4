package uk.councilperformance;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import uk.councilperformance.corrections.OfficerCommand;
import uk.councilperformance.importing.DbCommand;
import uk.councilperformance.importing.ImportCommand;
import uk.councilperformance.benchmark.BenchCommand;
import uk.councilperformance.reports.ReportFileException;

/**
 * The command line officers and scripts use. Exit codes: 0 done, 1 unexpected failure,
 * 2 bad input (a file's mistake, reported with file, line and field), 64 wrong usage, 69 the API did not answer
 * the publisher (PublishCommand).
 */
@Command(name = "cpt", mixinStandardHelpOptions = true, version = "council-performance 0.1.0",
        description = "Council performance transparency platform: build the database, import reports, serve the API.")
public class Cli implements Runnable {

    /**
     * The top-level commands, in the order help lists them. They are added to the command line by name, not declared
     * on this class, so that a command line naming one builds the model of that one only: picocli reads every
     * command's annotations when it is added, and reading all of them was a fifth of a publish with nothing to do.
     */
    private static final java.util.Map<String, java.util.function.Supplier<Object>> COMMANDS = commands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> commands() {
        java.util.Map<String, java.util.function.Supplier<Object>> commands = new java.util.LinkedHashMap<>();
        commands.put("db", DbCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("officer", OfficerCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("bench", BenchCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    public static final int BAD_INPUT = 2;

    private static volatile boolean serving;

    /** Whether a command left the web server running (so the process must not exit). */
    public static boolean isServing() {
        return serving;
    }

    public static void serving() {
        serving = true;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, java.util.Map.of("start", new StartCommand()), args);
    }

    /**
     * Runs the command line with extra top-level commands: the api adds its own start; the publisher,
     * which packages the whole product, adds publish, preview and a start that also publishes the site.
     * A key with a space ("bench run") adds a subcommand under an existing command.
     */
    public static int run(PrintWriter out, PrintWriter err, java.util.Map<String, Object> extra, String... args) {
        CommandLine commandLine = new CommandLine(new Cli());
        // Only the named command when the first argument names one (help lists them all, so it takes them all).
        String named = args.length > 0 && !args[0].equals("help") && (COMMANDS.containsKey(args[0]) || extra.containsKey(args[0]))
                ? args[0] : null;
        COMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                commandLine.addSubcommand(name, command.get());
            }
        });
        new java.util.TreeMap<>(extra).forEach((name, command) -> {
            String[] path = name.split(" ");
            if (named != null && !named.equals(path[0])) {
                return;
            }
            CommandLine parent = commandLine;
            for (int i = 0; i < path.length - 1; i++) {
                parent = parent.getSubcommands().get(path[i]);
            }
            parent.addSubcommand(path[path.length - 1], command);
        });
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(Cli::handle);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        Throwable cause = e;
        while (cause != null && !(cause instanceof ReportFileException)) {
            cause = cause.getCause();
        }
        if (cause instanceof ReportFileException bad) {
            err.println("error: " + bad.getMessage());
            err.println("Nothing was changed.");
            return BAD_INPUT;
        }
        String taken = portTaken(e);
        if (taken != null) {
            // Usually a second cpt serve or cpt start: say so, rather than Spring's "failed to start bean".
            err.println("error: " + taken + " is already in use: is another cpt serve, start or preview running? Stop it,"
                    + " or choose another port (see --help).");
            return 1;
        }
        // Not the input's fault: say what happened, and keep the trace for whoever maintains this.
        err.println("error: unexpected failure: " + e);
        if (Boolean.getBoolean("cpt.debug") || System.getenv("CPT_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("(set CPT_DEBUG=1 for details)");
        }
        return 1;
    }

    /** "port 8080" when e comes from a port another process holds; otherwise null. */
    static String portTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.boot.web.server.PortInUseException inUse) {
                return "port " + inUse.getPort();
            }
        }
        return null;
    }
}
