package uk.councilperformance.importing;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import uk.councilperformance.CouncilPerformanceApplication;

/** Database commands. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Build and check the database.",
        subcommands = {DbCommand.Build.class, DbCommand.Backup.class, DbCommand.Restore.class})
public class DbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Starts the application without a web server, with the database migrated. */
    public static ConfigurableApplicationContext context(Path database) {
        return new SpringApplicationBuilder(CouncilPerformanceApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn")
                // As arguments, not default properties, so they win over application.properties.
                .run("--council.database=" + database);
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Build the database from the data folder (rating schemes and canonical report files).",
                    "Every file is checked first; a mistake is reported as file:line:column: field: problem",
                    "and the database is left exactly as it was (or, on a new path, not made at all). Reports already",
                    "stored and unchanged are skipped:",
                    "a file stored before from the same bytes and source text, and checked by this build against the",
                    "same rating schemes, is not read again."})
    static class Build implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--data", description = "the data folder (default: ${DEFAULT-VALUE})", defaultValue = "data")
        Path data;

        @Option(names = "--database", description = "SQLite database file (default: ${DEFAULT-VALUE})",
                defaultValue = "var/council-performance.db")
        Path database;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            out.println("Checking " + data + " ...");
            boolean isNew = !java.nio.file.Files.exists(database);
            try (ConfigurableApplicationContext context = context(database)) {
                return build(context, out);
            } catch (RuntimeException e) {
                // The database is opened (and migrated) before the folder is read: a build that fails on a new path
                // takes away the empty database it made, so that nothing looks built.
                if (isNew) {
                    removeNew(database);
                }
                throw e;
            }
        }

        private int build(ConfigurableApplicationContext context, java.io.PrintWriter out) {
            DatasetLoader loader = context.getBean(DatasetLoader.class);
            Dataset dataset = loader.read(data);
            int files = dataset.reports().size() + dataset.kept().size();
            out.println("  " + files + " report files checked" + (dataset.kept().isEmpty() ? "."
                    : ": " + dataset.reports().size() + " read, " + dataset.kept().size()
                            + " not read again (stored before from the same bytes and source text, and checked by this build)."));
            out.flush();
            DatasetLoader.Result result = loader.load(dataset);
            out.printf("Database %s: %d added, %d replaced, %d unchanged.%n", database,
                    result.count(ReportStore.Outcome.ADDED), result.count(ReportStore.Outcome.REPLACED),
                    result.count(ReportStore.Outcome.UNCHANGED));
            out.flush();
            return 0;
        }

        private static void removeNew(Path database) {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                try {
                    java.nio.file.Files.deleteIfExists(database.resolveSibling(database.getFileName() + suffix));
                } catch (java.io.IOException ignored) {
                    // The build's own error says what went wrong; a file left here only looks like an empty database.
                }
            }
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"Copy the SQLite database to a backup file, safely while the API serves or an import runs.",
                    "(For PostgreSQL use pg_dump.)"})
    static class Backup implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--database", description = "SQLite database file (default: ${DEFAULT-VALUE})",
                defaultValue = "var/council-performance.db")
        Path database;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "BACKUP", description = "the backup file to write")
        Path backup;

        @Override
        public Integer call() throws Exception {
            try {
                uk.councilperformance.database.SqliteBackup.backup(database, backup);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return uk.councilperformance.Cli.BAD_INPUT;
            }
            spec.commandLine().getOut().println("Backed up " + database + " to " + backup + " (integrity checked).");
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Replace the database's content with a backup made by `db backup`.",
                    "The backup is checked first; a damaged or foreign file changes nothing."})
    static class Restore implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--database", description = "SQLite database file (default: ${DEFAULT-VALUE})",
                defaultValue = "var/council-performance.db")
        Path database;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "BACKUP", description = "the backup file to restore")
        Path backup;

        @Override
        public Integer call() throws Exception {
            try {
                uk.councilperformance.database.SqliteBackup.restore(backup, database);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage() + "\nNothing was changed.");
                return uk.councilperformance.Cli.BAD_INPUT;
            }
            spec.commandLine().getOut().println("Restored " + database + " from " + backup + ".");
            return 0;
        }
    }
}
