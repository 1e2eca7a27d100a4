package uk.councilperformance.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits for a public endpoint: a query deeper than maxDepth or costlier than maxCost is refused before it runs,
 * with a GraphQL error saying why; every answer carries its cost in extensions.cost so clients can see it.
 * Cost: each field costs 1, and whatever is inside a connection costs `first` times over (50 if not given),
 * so an alias flood or a huge page adds up.
 */
@Component
public class QueryCost extends SimplePerformantInstrumentation {

    static final String KEY = QueryCost.class.getName();

    /** Introspection is cheap to ask for and dear to answer many times over, so one query may hold only a few. */
    static final int MAX_INTROSPECTIONS = 3;

    /**
     * A field's cost. It reads no argument but a Number `first`: KeptMeasures relies on that (with @skip and
     * @include, which take a Boolean) to keep one measure for every value of a query's other variables.
     */
    static final FieldComplexityCalculator FIELDS = (env, children) -> {
        Object first = env.getArguments().get("first");
        // simplePrint, not toString: an object type's toString lists all its fields, on every field of every query.
        boolean connection = GraphQLTypeUtil.simplePrint(env.getFieldDefinition().getType()).endsWith("Connection!");
        int times = connection ? (first instanceof Number n ? Math.max(1, n.intValue()) : 50) : 1;
        long cost = 1L + (long) children * times;
        return (int) Math.min(Integer.MAX_VALUE / 4, cost);
    };

    private final int maxDepth;
    private final int maxCost;
    private final KeptMeasures measures;

    /** The measures kept are bounded as the parsed documents are (GraphQlConfiguration), by the same setting. */
    public QueryCost(@Value("${council.graphql.max-depth:15}") int maxDepth,
                     @Value("${council.graphql.max-cost:20000}") int maxCost,
                     @Value("${council.graphql.parsed-query-characters:500000}") long characters) {
        this.maxDepth = maxDepth;
        this.maxCost = maxCost;
        this.measures = new KeptMeasures(QueryCost::measure, characters);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        Measure measure = measures.of(context);
        Map<String, Object> measured = new LinkedHashMap<>();
        measured.put("cost", measure.cost());
        measured.put("maxCost", maxCost);
        measured.put("depth", measure.depth());
        measured.put("maxDepth", maxDepth);
        context.getGraphQLContext().put(KEY, measured);
        if (measure.introspections() > MAX_INTROSPECTIONS) {
            throw new AbortExecutionException("too many introspection fields: " + measure.introspections() + " (__schema or __type)"
                    + " in one query; the limit is " + MAX_INTROSPECTIONS);
        }
        if (measure.depth() > maxDepth) {
            throw new AbortExecutionException("query too deep: depth " + measure.depth() + " is more than the limit of " + maxDepth
                    + "; split it into several queries");
        }
        if (measure.cost() > maxCost) {
            throw new AbortExecutionException("query too costly: cost " + measure.cost() + " is more than the limit of " + maxCost
                    + "; ask for fewer items (first) or fewer fields, and page with after");
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** What one walk over an operation finds. */
    record Measure(int cost, int depth, int introspections) {
    }

    /** One walk over the query gives cost, depth and introspection fields together. */
    static Measure measure(ExecutionContext context) {
        int[] deepest = {0};
        int[] introspections = {0};
        FieldComplexityCalculator measuring = (env, children) -> {
            String name = env.getField().getName();
            if (name.equals("__schema") || name.equals("__type")) {
                introspections[0]++;
            }
            deepest[0] = Math.max(deepest[0], depthOf(env));
            return FIELDS.calculate(env, children);
        };
        int cost = QueryComplexityCalculator.newCalculator().schema(context.getGraphQLSchema()).document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName()).variables(context.getCoercedVariables())
                .fieldComplexityCalculator(measuring).build().calculate();
        return new Measure(cost, deepest[0], introspections[0]);
    }

    private static int depthOf(FieldComplexityEnvironment env) {
        int depth = 1;
        for (FieldComplexityEnvironment e = env.getParentEnvironment(); e != null; e = e.getParentEnvironment()) {
            depth++;
        }
        return depth;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        Object measured = parameters.getGraphQLContext().get(KEY);
        if (measured == null) {
            return CompletableFuture.completedFuture(result);
        }
        Map<Object, Object> extensions = new LinkedHashMap<>();
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        extensions.put("cost", measured);
        return CompletableFuture.completedFuture(result.transform(b -> b.extensions(extensions)));
    }
}
