package uk.councilperformance.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

/**
 * A kept measure is given again only for the same text, operation and number and true/false variables; any of those
 * changed, the query is walked again and measured as it now is.
 */
class KeptMeasuresTest {

    static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query { things(first: Int, name: String): ThingConnection! }
            type ThingConnection { edges: [ThingEdge!]! }
            type ThingEdge { node: Thing! }
            type Thing { name: String note: String }
            """), RuntimeWiring.newRuntimeWiring()
            .type("Query", type -> type.dataFetcher("things", env -> Map.of("edges", List.of()))).build());

    static final String QUERY = """
            query Things($first: Int, $name: String, $notes: Boolean!) {
              things(first: $first, name: $name) { edges { node { name note @include(if: $notes) } } }
            }""";

    final AtomicInteger walks = new AtomicInteger();
    final KeptMeasures kept = new KeptMeasures(context -> {
        walks.incrementAndGet();
        return QueryCost.measure(context);
    }, 10_000);
    final List<QueryCost.Measure> measures = new ArrayList<>();

    final GraphQL graphQl = GraphQL.newGraphQL(SCHEMA).instrumentation(new SimplePerformantInstrumentation() {
        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                             InstrumentationState state) {
            measures.add(kept.of(parameters.getExecutionContext()));
            return SimpleInstrumentationContext.noOp();
        }
    }).build();

    QueryCost.Measure measure(String query, Map<String, Object> variables) {
        ExecutionResult result = graphQl.execute(ExecutionInput.newExecutionInput(query).variables(variables).build());
        assertThat(result.getErrors()).isEmpty();
        return measures.get(measures.size() - 1);
    }

    @Test
    void otherTextVariablesAreMeasuredOnce() {
        QueryCost.Measure first = measure(QUERY, Map.of("first", 5, "name", "fly tipping", "notes", false));
        QueryCost.Measure again = measure(QUERY, Map.of("first", 5, "name", "homelessness", "notes", false));
        assertThat(again).isEqualTo(first);
        assertThat(walks).hasValue(1);
        assertThat(kept.size()).isEqualTo(1);
    }

    @Test
    void anotherFirstOrIncludeIsMeasuredAgainAsItIs() {
        QueryCost.Measure five = measure(QUERY, Map.of("first", 5, "notes", false));
        QueryCost.Measure ten = measure(QUERY, Map.of("first", 10, "notes", false));
        QueryCost.Measure withNotes = measure(QUERY, Map.of("first", 10, "notes", true));
        QueryCost.Measure unsaid = measure(QUERY, Map.of("notes", true));
        assertThat(walks).hasValue(4);
        // things: 1 + edges' cost times first; edges: 1 + node's; node: 1 + its fields (1 each).
        assertThat(five.cost()).isEqualTo(1 + (1 + (1 + 1)) * 5);
        assertThat(ten.cost()).isEqualTo(1 + (1 + (1 + 1)) * 10);
        assertThat(withNotes.cost()).isEqualTo(1 + (1 + (1 + 2)) * 10);
        assertThat(unsaid.cost()).isEqualTo(1 + (1 + (1 + 2)) * 50);
        assertThat(five.depth()).isEqualTo(4);
        assertThat(measure(QUERY, Map.of("first", 5, "notes", false))).isEqualTo(five);
        assertThat(walks).hasValue(4);
    }

    @Test
    void anotherTextOrOperationIsMeasuredAgain() {
        measure(QUERY, Map.of("notes", false));
        measure(QUERY.replace("name note", "note name"), Map.of("notes", false));
        String two = QUERY + "\nquery Other { things(first: 2) { edges { node { name } } } }";
        graphQl.execute(ExecutionInput.newExecutionInput(two).operationName("Things").variables(Map.of("notes", false)).build());
        ExecutionResult other = graphQl.execute(ExecutionInput.newExecutionInput(two).operationName("Other").build());
        assertThat(other.getErrors()).isEmpty();
        assertThat(walks).hasValue(4);
        assertThat(measures.get(3).cost()).isEqualTo(1 + (1 + (1 + 1)) * 2);
    }

    @Test
    void keptTextsStayWithinTheirBound() {
        for (int i = 0; i < 200; i++) {
            measure("query Q" + i + " { things(first: " + (i + 1) + ") { edges { node { name } } } }", Map.of());
        }
        assertThat(walks).hasValue(200);
        // Each text is about 60 characters; 10,000 characters hold fewer than 200 of them.
        assertThat(kept.size()).isBetween(100, 199);
    }
}
