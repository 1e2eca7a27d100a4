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
        // An argument the Java side takes as a primitive must be non-null in the schema, or an explicit null fails late.
        assertThat(report.argumentNullnessErrors()).isEmpty();
        assertThat(report.fieldNullnessErrors()).isEmpty();
    }

    @Test
    void everyTypeFieldInputFieldAndEnumValueIsDescribed() throws Exception {
        String sdl = java.nio.file.Files.readString(java.nio.file.Path.of("..", "schema.graphqls"));
        graphql.schema.idl.TypeDefinitionRegistry registry = new graphql.schema.idl.SchemaParser().parse(sdl);
        java.util.List<String> undescribed = new java.util.ArrayList<>();
        for (graphql.language.TypeDefinition<?> type : registry.types().values()) {
            if (!(type instanceof graphql.language.AbstractDescribedNode<?> described) || described.getDescription() == null) {
                undescribed.add(type.getName());
            }
            if (type instanceof graphql.language.ObjectTypeDefinition o) {
                check(o.getName(), o.getFieldDefinitions(), undescribed);
            } else if (type instanceof graphql.language.InterfaceTypeDefinition i) {
                check(i.getName(), i.getFieldDefinitions(), undescribed);
            } else if (type instanceof graphql.language.InputObjectTypeDefinition in) {
                in.getInputValueDefinitions().stream().filter(v -> v.getDescription() == null)
                        .forEach(v -> undescribed.add(in.getName() + "." + v.getName()));
            } else if (type instanceof graphql.language.EnumTypeDefinition e) {
                e.getEnumValueDefinitions().stream().filter(v -> v.getDescription() == null)
                        .forEach(v -> undescribed.add(e.getName() + "." + v.getName()));
            }
        }
        registry.objectTypeExtensions().forEach((name, extensions) -> extensions
                .forEach(x -> check(name, x.getFieldDefinitions(), undescribed)));
        assertThat(undescribed).isEmpty();
        assertThat(registry.getType("Query")).isPresent();
    }

    private static void check(String type, java.util.List<graphql.language.FieldDefinition> fields, java.util.List<String> undescribed) {
        for (graphql.language.FieldDefinition f : fields) {
            if (f.getDescription() == null) {
                undescribed.add(type + "." + f.getName());
            }
        }
    }
}
