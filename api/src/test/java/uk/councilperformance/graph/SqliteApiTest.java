package uk.councilperformance.graph;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.councilperformance.TemporaryFolders;

/** The API on a real SQLite file (the embedded default). */
class SqliteApiTest extends ApiChecks {

    static final Path folder = TemporaryFolders.create("api");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("council.database", () -> folder.resolve("api.db").toString());
    }
}
