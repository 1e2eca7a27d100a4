package uk.councilperformance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.junit.jupiter.api.Test;

/** Every document of the bench's query mix is valid against the repository's schema.graphqls. */
class JournalistQueriesTest {

    private static final GraphQLSchema SCHEMA = schema();

    @Test
    void theMixIsTheJournalistQueries() {
        assertThat(JournalistQuery.mix()).extracting(JournalistQuery::name).containsExactly(
                "reports-index", "plan-page", "indicator-series", "milestone-counts", "search", "project-history");
        assertThat(JournalistQuery.mix()).allSatisfy(q -> assertThat(q.description()).isNotBlank());
    }

    @Test
    void everyQueryValidatesAgainstTheSchema() {
        for (JournalistQuery query : JournalistQuery.mix()) {
            List<ValidationError> errors = validate(query.document());
            assertThat(errors).as(query.name() + ": " + errors).isEmpty();
        }
    }

    @Test
    void everyQueryGetsExactlyTheVariablesItDeclares() {
        for (JournalistQuery query : JournalistQuery.mix()) {
            Document document = Parser.parse(query.document());
            Set<String> declared = document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .flatMap(o -> o.getVariableDefinitions().stream()).map(VariableDefinition::getName).collect(Collectors.toSet());
            assertThat(query.variables().keySet()).as(query.name()).isEqualTo(declared);
        }
    }

    @Test
    void theValidatorRejectsAFieldTheSchemaDoesNotHave() {
        assertThat(validate("{ reports { slug pageCount } }")).extracting(ValidationError::getMessage)
                .singleElement().asString().contains("pageCount");
    }

    private static List<ValidationError> validate(String document) {
        return new Validator().validateDocument(SCHEMA, Parser.parse(document), Locale.ENGLISH);
    }

    private static GraphQLSchema schema() {
        String data = System.getProperty("council.data", "../data");
        Path file = Path.of(data).toAbsolutePath().normalize().resolveSibling("schema.graphqls");
        try {
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(Files.readString(file)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
