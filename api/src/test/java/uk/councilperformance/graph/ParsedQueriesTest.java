package uk.councilperformance.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import org.junit.jupiter.api.Test;

/** The kept parsed documents: parsed once per text, bounded by the length of the texts kept. */
class ParsedQueriesTest {

    final AtomicInteger parsed = new AtomicInteger();
    final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Document.newDocument().build());
    };

    PreparsedDocumentEntry get(ParsedQueries queries, String text) {
        return queries.getDocumentAsync(ExecutionInput.newExecutionInput(text).build(), parse).join();
    }

    @Test
    void theSameTextIsParsedOnce() {
        ParsedQueries queries = new ParsedQueries(1_000);
        PreparsedDocumentEntry first = get(queries, "{ reports { slug } }");
        assertThat(get(queries, "{ reports { slug } }")).isSameAs(first);
        assertThat(parsed).hasValue(1);
    }

    @Test
    void theLeastRecentlyUsedTextsGoWhenTheirLengthPassesTheBound() {
        ParsedQueries queries = new ParsedQueries(50);
        String a = "{ a: reports { slug } }";   // 23 characters
        String b = "{ b: reports { slug } }";
        String c = "{ c: reports { slug } }";
        get(queries, a);
        get(queries, b);
        get(queries, a);            // a is now the most recently used
        get(queries, c);            // 69 characters: b goes
        assertThat(parsed).hasValue(3);
        get(queries, a);
        get(queries, c);
        assertThat(parsed).as("a and c still kept").hasValue(3);
        get(queries, b);
        assertThat(parsed).as("b was dropped").hasValue(4);
    }

    @Test
    void aVeryLongTextIsNeverKept() {
        ParsedQueries queries = new ParsedQueries(1_000_000);
        String longText = "{ reports { slug } }" + " ".repeat(ParsedQueries.LONGEST_KEPT);
        get(queries, longText);
        get(queries, longText);
        assertThat(parsed).hasValue(2);
    }
}
