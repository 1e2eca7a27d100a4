package uk.councilperformance.graph;

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
 */
public final class ParsedQueries implements PreparsedDocumentProvider {

    /** Longer texts are parsed every time: they are rare, and the cache should not hold someone's megabytes. */
    static final int LONGEST_KEPT = 20_000;

    private final Map<String, PreparsedDocumentEntry> kept;

    public ParsedQueries(int entries) {
        this.kept = new LinkedHashMap<>(entries * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > entries;
            }
        };
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        if (query.length() > LONGEST_KEPT) {
            return CompletableFuture.completedFuture(parseAndValidate.apply(input));
        }
        PreparsedDocumentEntry entry;
        synchronized (kept) {
            entry = kept.get(query);
        }
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            synchronized (kept) {
                kept.put(query, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }
}
