package uk.councilperformance.graph;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * What the API keeps per query text (ParsedQueries, KeptMeasures): bounded by the length of the texts kept, least
 * recently used first, so that a stream of different queries (someone trying every alias) cannot fill the memory.
 */
final class KeptByLength<K, V> {

    private final long maxCharacters;
    private final ToIntFunction<K> length;
    private long characters;
    private final LinkedHashMap<K, V> kept = new LinkedHashMap<>(64, 0.75f, true);

    KeptByLength(long maxCharacters, ToIntFunction<K> length) {
        this.maxCharacters = maxCharacters;
        this.length = length;
    }

    synchronized V get(K key) {
        return kept.get(key);
    }

    synchronized void put(K key, V value) {
        if (kept.put(key, value) == null) {
            characters += length.applyAsInt(key);
        }
        for (Iterator<Map.Entry<K, V>> eldest = kept.entrySet().iterator(); characters > maxCharacters && eldest.hasNext(); ) {
            characters -= length.applyAsInt(eldest.next().getKey());
            eldest.remove();
        }
    }

    synchronized int size() {
        return kept.size();
    }
}
