package uk.councilperformance.corrections;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import uk.councilperformance.Cli;
import uk.councilperformance.importing.DbCommand;

/** Officers who may correct published figures through the API. */
@Command(name = "officer", mixinStandardHelpOptions = true,
        description = "Add, list and disable the officers who may correct published figures.",
        subcommands = {OfficerCommand.Add.class, OfficerCommand.ListOfficers.class, OfficerCommand.Disable.class})
public class OfficerCommand implements Runnable {

    /** Where `officer add` reads the password when not from standard input (never a command-line argument). */
    public static final String PASSWORD_VARIABLE = "COUNCIL_OFFICER_PASSWORD";
    static final int MIN_PASSWORD = 12;
    /** BCrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    static final int MAX_PASSWORD_BYTES = 72;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static class DatabaseOption {
        @Option(names = "--database", description = "SQLite database file (default: ${DEFAULT-VALUE})",
                defaultValue = "var/council-performance.db")
        Path database;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an officer. The password is read from the environment variable " + PASSWORD_VARIABLE
                    + " or else from standard input (one line), never from an argument, and stored only as a BCrypt hash.")
    static class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        DatabaseOption database = new DatabaseOption();

        @Option(names = "--username", required = true, description = "what the officer signs in with, e.g. jsmith")
        String username;

        @Option(names = "--name", required = true, description = "the name shown on their corrections, e.g. \"Jo Smith\"")
        String name;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            if (username.length() > 100 || !username.matches("[A-Za-z0-9][A-Za-z0-9._@-]*")) {
                return bad(err, "--username: use letters, digits and . _ @ - (at most 100 characters)");
            }
            if (name.isBlank() || name.length() > 200) {
                return bad(err, "--name: give the officer's name (at most 200 characters)");
            }
            String password = password();
            if (password == null || password.length() < MIN_PASSWORD) {
                return bad(err, "password: at least " + MIN_PASSWORD + " characters, from " + PASSWORD_VARIABLE
                        + " or standard input");
            }
            if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
                return bad(err, "password: at most " + MAX_PASSWORD_BYTES + " bytes (BCrypt reads no more)");
            }
            try (ConfigurableApplicationContext context = DbCommand.context(database.database)) {
                String hash = context.getBean(PasswordEncoder.class).encode(password);
                if (!context.getBean(Officers.class).add(username, name.strip(), hash, MadeAt.now())) {
                    return bad(err, "--username: an officer \"" + username + "\" already exists");
                }
            }
            spec.commandLine().getOut().println("Added officer " + username + " (" + name.strip() + ").");
            return 0;
        }

        private static String password() throws IOException {
            String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
            if (fromEnvironment != null) {
                return fromEnvironment;
            }
            Console console = System.console();
            if (console != null) {
                char[] typed = console.readPassword("Password for the officer: ");
                return typed == null ? null : new String(typed);
            }
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the officers.")
    static class ListOfficers implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        DatabaseOption database = new DatabaseOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = DbCommand.context(database.database)) {
                var officers = context.getBean(Officers.class).all();
                for (Officer o : officers) {
                    out.printf("%s\t%s\tadded %s%s%n", o.username(), o.name(), o.createdAt(), o.disabled() ? "\tdisabled" : "");
                }
                if (officers.isEmpty()) {
                    out.println("No officers.");
                }
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable an officer: they can no longer sign in; their corrections stay, with their name.")
    static class Disable implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        DatabaseOption database = new DatabaseOption();

        @Parameters(index = "0", paramLabel = "USERNAME", description = "the officer to disable")
        String username;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = DbCommand.context(database.database)) {
                if (!context.getBean(Officers.class).disable(username)) {
                    return bad(spec.commandLine().getErr(), "no officer \"" + username + "\"");
                }
            }
            spec.commandLine().getOut().println("Disabled officer " + username + ".");
            return 0;
        }
    }

    private static int bad(PrintWriter err, String problem) {
        err.println("error: " + problem);
        err.println("Nothing was changed.");
        return Cli.BAD_INPUT;
    }
}
