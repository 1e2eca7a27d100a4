package uk.councilperformance.importing;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.councilperformance.EmbeddedPostgresServer;

/** The same migrations, data and checks on a real PostgreSQL server, chosen by configuration alone. */
class PostgresBundledDataTest extends BundledDataChecks {

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
