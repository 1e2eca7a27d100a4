package uk.councilperformance.graph;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How queries are prepared before they run. */
@Configuration(proxyBeanMethods = false)
public class GraphQlConfiguration {

    @Bean
    GraphQlSourceBuilderCustomizer parsedQueries(@Value("${council.graphql.parsed-query-characters:500000}") long characters) {
        ParsedQueries parsed = new ParsedQueries(characters);
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(parsed));
    }
}
