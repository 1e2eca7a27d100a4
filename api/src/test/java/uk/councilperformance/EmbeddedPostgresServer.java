package uk.councilperformance;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A real PostgreSQL server for tests, from Maven Central jars (no Docker), chosen by Spring's usual settings. */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    public static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /** Points the application at the server, as an operator would with SPRING_DATASOURCE_* settings. */
    public static void use(EmbeddedPostgres postgres, DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
