package uk.councilperformance.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A fresh, empty database for one bench step: a SQLite file in a temporary folder, or an embedded
 * PostgreSQL server whose binaries come from Maven Central jars (nothing is downloaded at run time).
 */
public abstract class BenchDatabase implements AutoCloseable {

    public enum Kind { SQLITE, POSTGRES }

    /** The application arguments that point the API at this database. */
    public abstract List<String> arguments();

    public abstract String describe();

    /** Whether this build can start an embedded PostgreSQL (see {@link Postgres#start()}). */
    public static boolean postgresAvailable() {
        try {
            Class.forName(Postgres.SERVER);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    public static final String POSTGRES_BUILD = "./mvnw -q -B -Pbench-postgres -DskipTests clean package, then run "
            + "java -jar publisher/target/publisher.jar bench run --database postgres";

    public static BenchDatabase create(Kind kind, Path workFolder) {
        return kind == Kind.POSTGRES ? Postgres.start() : new Sqlite(workFolder);
    }

    private static final class Sqlite extends BenchDatabase {
        private final Path file;

        Sqlite(Path workFolder) {
            try {
                this.file = Files.createTempDirectory(workFolder, "db-").resolve("bench.db");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public List<String> arguments() {
            return List.of("--council.database=" + file);
        }

        @Override
        public String describe() {
            return "SQLite file " + file;
        }

        @Override
        public void close() {
        }
    }

    private static final class Postgres extends BenchDatabase {
        static final String SERVER = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

        private final AutoCloseable server;
        private final String url;

        private Postgres(AutoCloseable server, String url) {
            this.server = server;
            this.url = url;
        }

        /**
         * Reached by reflection: the embedded server is on the class path only in bench builds (Maven profile
         * bench-postgres) and in tests, never in the product jar.
         */
        static Postgres start() {
            Class<?> type;
            try {
                type = Class.forName(SERVER);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("this build has no embedded PostgreSQL; build it with " + POSTGRES_BUILD);
            }
            try {
                Object builder = type.getMethod("builder").invoke(null);
                AutoCloseable server = (AutoCloseable) builder.getClass().getMethod("start").invoke(builder);
                String url = (String) type.getMethod("getJdbcUrl", String.class, String.class).invoke(server, "postgres", "postgres");
                return new Postgres(server, url);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw new IllegalStateException("cannot start the embedded PostgreSQL: " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot start the embedded PostgreSQL: " + e, e);
            }
        }

        @Override
        public List<String> arguments() {
            return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres");
        }

        @Override
        public String describe() {
            return "embedded PostgreSQL " + url;
        }

        @Override
        public void close() throws Exception {
            server.close();
        }
    }
}
