package uk.councilperformance.graph;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * A field worked out from what a batch loader gives for its object (a milestone's or an indicator's history), as a
 * plain data fetcher: the loader is asked by key, so a query still loads every object's in one batch. As controller
 * methods, such fields went through Spring's handler-method machinery once per object and field (a new invocable
 * method, argument resolution, a reflective call), which cost more than the fields themselves: that machinery went
 * from 7% to 3% of the API's CPU in a national publish when these fields left it. It describes its type and
 * arguments, so Spring's schema inspection still checks the fields of what it returns.
 *
 * @param description what it is, for the inspection's report
 * @param loaded      the batch loader's value type (its name is the loader's, as BatchLoaderRegistry.forTypePair names it)
 * @param key         the object's key for the loader
 * @param value       the field, from what was loaded (null if the loader gave nothing) and the field's environment
 * @param type        the field's Java type
 * @param arguments   the field's arguments and their Java types
 */
public record LoadedField<S, K, L, T>(String description, Class<L> loaded, Function<S, K> key,
                                      BiFunction<L, DataFetchingEnvironment, T> value, ResolvableType type,
                                      Map<String, ResolvableType> arguments)
        implements SelfDescribingDataFetcher<CompletableFuture<T>> {

    @Override
    public CompletableFuture<T> get(DataFetchingEnvironment env) {
        return env.<K, L>getDataLoader(loaded.getName()).load(key.apply(env.getSource())).thenApply(v -> value.apply(v, env));
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public ResolvableType getReturnType() {
        return ResolvableType.forClassWithGenerics(CompletableFuture.class, type);
    }

    @Override
    public Map<String, ResolvableType> getArguments() {
        return arguments;
    }

    @Override
    public boolean usesDataLoader() {
        return true;
    }
}
