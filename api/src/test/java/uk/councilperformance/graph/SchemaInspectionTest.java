package uk.councilperformance.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.councilperformance.TemporaryFolders;

/** Spring for GraphQL's schema inspection at start-up finds every field, argument and type mapped. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(SchemaInspectionTest.Inspection.class)
class SchemaInspectionTest {

    static final Path folder = TemporaryFolders.create("inspection");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("council.database", () -> folder.resolve("inspection.db").toString());
    }

    @TestConfiguration
    static class Inspection {
        static final AtomicReference<SchemaReport> report = new AtomicReference<>();

        @Bean
        GraphQlSourceBuilderCustomizer keepTheReport() {
            return builder -> builder.inspectSchemaMappings(report::set);
        }
    }

    @Autowired
    org.springframework.graphql.execution.GraphQlSource graphQlSource;

    @Test
    void everyFieldOfTheSchemaIsMapped() {
        SchemaReport report = Inspection.report.get();
        assertThat(report).as("the inspection ran").isNotNull();
        assertThat(report.unmappedFields()).isEmpty();
        assertThat(report.unmappedArguments()).isEmpty();
        assertThat(report.unmappedRegistrations()).isEmpty();
        assertThat(report.skippedTypes()).isEmpty();
    }
}
