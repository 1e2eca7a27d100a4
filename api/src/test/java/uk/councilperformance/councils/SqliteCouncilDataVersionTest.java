package uk.councilperformance.councils;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.councilperformance.TemporaryFolders;

/** Council data versions in a real SQLite file. */
class SqliteCouncilDataVersionTest extends CouncilDataVersionChecks {

    static final Path folder = TemporaryFolders.create("council-version-db");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("council.database", () -> folder.resolve("versions.db").toString());
    }
}
