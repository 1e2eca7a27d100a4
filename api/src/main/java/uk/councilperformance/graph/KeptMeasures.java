package uk.councilperformance.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import graphql.execution.ExecutionContext;

/**
 * The measures (QueryCost) of queries already measured. graphql-java's walk over a query cost more than answering a
 * small one: 7% of the API's CPU under the journalist mix with the answer cache off. A measure depends on the schema
 * (fixed for the process), the query text, the operation, and only those variables that are numbers or true/false
 * (QueryCost.FIELDS reads only a number `first`; @skip and @include take a Boolean), so the same query sent with
 * other text (the publisher's council and year) is not walked again. Bounded like ParsedQueries (KeptByLength).
 */
final class KeptMeasures {

    /** A query with more numbers and true/false variables than this is measured every time, and not kept. */
    static final int MOST_VARIABLES_KEPT = 64;

    private record Key(String query, String operation, Map<String, Object> variables) {
    }

    private final Function<ExecutionContext, QueryCost.Measure> measuring;
    private final KeptByLength<Key, QueryCost.Measure> kept;

    KeptMeasures(Function<ExecutionContext, QueryCost.Measure> measuring, long maxCharacters) {
        this.measuring = measuring;
        this.kept = new KeptByLength<>(maxCharacters, key -> key.query().length());
    }

    QueryCost.Measure of(ExecutionContext context) {
        String query = context.getExecutionInput().getQuery();
        Map<String, Object> variables = new HashMap<>();
        context.getCoercedVariables().toMap().forEach((name, value) -> {
            if (value instanceof Number || value instanceof Boolean) {
                variables.put(name, value);
            }
        });
        if (query.length() > ParsedQueries.LONGEST_KEPT || variables.size() > MOST_VARIABLES_KEPT) {
            return measuring.apply(context);
        }
        Key key = new Key(query, context.getExecutionInput().getOperationName(), variables);
        QueryCost.Measure measure = kept.get(key);
        if (measure == null) {
            measure = measuring.apply(context);
            kept.put(key, measure);
        }
        return measure;
    }

    int size() {
        return kept.size();
    }
}
