package uk.councilperformance.graph;

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

    private final KeptByLength<String, PreparsedDocumentEntry> kept;

    public ParsedQueries(long maxCharacters) {
        this.kept = new KeptByLength<>(maxCharacters, String::length);
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        if (query.length() > LONGEST_KEPT) {
            return CompletableFuture.completedFuture(parseAndValidate.apply(input));
        }
        PreparsedDocumentEntry entry = kept.get(query);
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            kept.put(query, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }
}
