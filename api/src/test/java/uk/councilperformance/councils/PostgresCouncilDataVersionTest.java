package uk.councilperformance.councils;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.councilperformance.EmbeddedPostgresServer;

/** Council data versions on a real PostgreSQL server (the same migration and statements). */
class PostgresCouncilDataVersionTest extends CouncilDataVersionChecks {

    static final EmbeddedPostgres postgres = EmbeddedPostgresServer.start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresServer.use(postgres, registry);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }
}
