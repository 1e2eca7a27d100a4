package uk.councilperformance.importing;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.councilperformance.TemporaryFolders;

/** The bundled data in a real SQLite file (the embedded default). */
class SqliteBundledDataTest extends BundledDataChecks {

    static final Path folder = TemporaryFolders.create("bundled");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("council.database", () -> folder.resolve("bundled.db").toString());
    }
}
