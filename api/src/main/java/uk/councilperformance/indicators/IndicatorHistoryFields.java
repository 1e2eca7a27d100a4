package uk.councilperformance.indicators;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import uk.councilperformance.graph.LoadedField;

/**
 * The Indicator fields worked out from its history, each asking the history's batch loader (IndicatorController
 * registers it; LoadedField says why these are not controller methods).
 */
@Component
class IndicatorHistoryFields implements RuntimeWiringConfigurer {

    private static final ResolvableType VALUES = ResolvableType.forClassWithGenerics(List.class, IndicatorValue.class);
    private static final ResolvableType TEXT = ResolvableType.forClass(String.class);

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        wiring.type("Indicator", type -> type
                .dataFetcher("values", field("values", (h, env) -> h.current(), VALUES, Map.of()))
                .dataFetcher("value", field("value", (h, env) -> h.current(env.getArgument("field")),
                        ResolvableType.forClass(IndicatorValue.class), Map.of("field", TEXT)))
                .dataFetcher("revisions", field("revisions", (h, env) -> h.revisions(env.getArgument("field"),
                        Boolean.TRUE.equals(env.getArgument("revisedOnly"))), VALUES,
                        Map.of("field", TEXT, "revisedOnly", ResolvableType.forClass(Boolean.class))))
                .dataFetcher("entries", field("entries", (h, env) -> h.entries(),
                        ResolvableType.forClassWithGenerics(List.class, IndicatorEntry.class), Map.of())));
    }

    private static <T> LoadedField<Indicator, Long, IndicatorHistory, T> field(
            String name, BiFunction<IndicatorHistory, DataFetchingEnvironment, T> field, ResolvableType type,
            Map<String, ResolvableType> arguments) {
        return new LoadedField<>("Indicator." + name + " from its history", IndicatorHistory.class, Indicator::rowId,
                (history, env) -> field.apply(history == null ? IndicatorHistory.EMPTY : history, env), type, arguments);
    }
}
