package uk.councilperformance.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The two shapes of a batch load: each item points at one row, or each item has a list of rows. Either way the
 * rows for the whole batch come from one call of the loader, i.e. one SQL statement.
 */
public final class Batches {

    private Batches() {
    }

    /** Each item's one related row (or null). */
    public static <T, V, K> Map<T, V> one(List<T> items, Function<T, K> key, Function<Collection<K>, List<V>> loader,
                                           Function<V, K> rowKey) {
        Map<K, V> byKey = new HashMap<>();
        for (V row : loader.apply(items.stream().map(key).distinct().toList())) {
            byKey.put(rowKey.apply(row), row);
        }
        Map<T, V> result = new LinkedHashMap<>();
        items.forEach(item -> result.put(item, byKey.get(key.apply(item))));
        return result;
    }

    /** Each item's related rows, in the loader's order (empty if none). */
    public static <T, V, K> Map<T, List<V>> many(List<T> items, Function<T, K> key, Function<Collection<K>, List<V>> loader,
                                                  Function<V, K> rowKey) {
        Map<K, List<V>> byKey = loader.apply(items.stream().map(key).distinct().toList()).stream()
                .collect(Collectors.groupingBy(rowKey, LinkedHashMap::new, Collectors.toList()));
        Map<T, List<V>> result = new LinkedHashMap<>();
        items.forEach(item -> result.put(item, byKey.getOrDefault(key.apply(item), List.of())));
        return result;
    }
}
