package uk.councilperformance.graph;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.councilperformance.EmbeddedPostgresServer;

/** The same API checks on a real PostgreSQL server, chosen by configuration alone. */
class PostgresApiTest extends ApiChecks {

    static final EmbeddedPostgres postgres = EmbeddedPostgresServer.start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresServer.use(postgres, registry);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @org.junit.jupiter.api.Test
    void searchHasItsTrigramIndex() {
        org.assertj.core.api.Assertions.assertThat(db.sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'search_text_trigram'")
                .query(String.class).single()).contains("gin").contains("gin_trgm_ops");
    }
}
