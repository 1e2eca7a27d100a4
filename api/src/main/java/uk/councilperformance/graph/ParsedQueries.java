package uk.councilperformance.graph;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parsed and validated query documents, kept by query text: parsing and validating a page-sized query cost
 * more than running it, and journalists and the publisher send the same few documents again and again.
 * Validation depends on the document and the schema only, so a kept entry (errors included) stays right.
 * Bounded by the length of the texts kept, least recently used first, so that a stream of different queries
 * (someone trying every alias) cannot fill the memory.
 */
public final class ParsedQueries implements PreparsedDocumentProvider {

    /** Longer texts are parsed every time: they are rare, and the cache should not hold someone's megabytes. */
    static final int LONGEST_KEPT = 20_000;

    private final long maxCharacters;
    private long characters;
    private final LinkedHashMap<String, PreparsedDocumentEntry> kept = new LinkedHashMap<>(64, 0.75f, true);

    public ParsedQueries(long maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        if (query.length() > LONGEST_KEPT) {
            return CompletableFuture.completedFuture(parseAndValidate.apply(input));
        }
        PreparsedDocumentEntry entry;
        synchronized (this) {
            entry = kept.get(query);
        }
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            keep(query, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    private synchronized void keep(String query, PreparsedDocumentEntry entry) {
        if (kept.put(query, entry) == null) {
            characters += query.length();
        }
        for (Iterator<Map.Entry<String, PreparsedDocumentEntry>> eldest = kept.entrySet().iterator();
             characters > maxCharacters && eldest.hasNext(); ) {
            characters -= eldest.next().getKey().length();
            eldest.remove();
        }
    }
}
