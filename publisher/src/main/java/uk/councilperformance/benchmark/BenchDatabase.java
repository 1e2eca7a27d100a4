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
        private final AutoCloseable server;
        private final String url;

        private Postgres(AutoCloseable server, String url) {
            this.server = server;
            this.url = url;
        }

        static Postgres start() {
            try {
                Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("this build has no embedded PostgreSQL; build it with "
                        + "./mvnw -q -B -Pbench-postgres -DskipTests package and run java -jar publisher/target/publisher.jar bench run --database postgres");
            }
            return EmbeddedServer.start();
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

        /** Kept apart so that the class is only loaded when PostgreSQL was asked for. */
        private static final class EmbeddedServer {
            static Postgres start() {
                try {
                    io.zonky.test.db.postgres.embedded.EmbeddedPostgres server =
                            io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
                    return new Postgres(server, server.getJdbcUrl("postgres", "postgres"));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
                }
            }
        }
    }
}
