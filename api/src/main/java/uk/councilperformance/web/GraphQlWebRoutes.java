package uk.councilperformance.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

import uk.councilperformance.database.DataVersion;

/**
 * The HTTP around the public GraphQL endpoint: queries over GET as well as POST, and the self-hosted
 * GraphiQL page. POST itself stays with Spring for GraphQL; CORS is set in application.properties.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for db build, publish
public class GraphQlWebRoutes {

    @Bean
    GraphQlGetHandler graphQlGetHandler(WebGraphQlHandler graphQlHandler, JsonMapper json) {
        return new GraphQlGetHandler(graphQlHandler, json);
    }

    @Bean
    GraphiqlPage graphiqlPage() {
        return new GraphiqlPage(new GraphiqlExamples());
    }

    /** Ahead of Spring for GraphQL's own routes, whose GET /graphql answers 405. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlGetAndGraphiqlRoutes(
            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
            GraphQlGetHandler getHandler, GraphiqlPage graphiql) {
        return RouterFunctions.route()
                .GET(graphQlPath, getHandler::handle)
                .GET("/graphiql", graphiql::page)
                .GET("/graphiql/examples", graphiql::examples)
                .build();
    }

    /**
     * Ahead of the security filters: a kept answer is only ever one given to an anonymous request, and a request
     * with credentials never comes near it.
     */
    @Bean
    @ConditionalOnProperty(name = "council.answer-cache.enabled", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<AnswerCacheFilter> answerCache(
            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
            @Value("${council.answer-cache.max-bytes:33554432}") long maxBytes, DataVersion version) {
        FilterRegistrationBean<AnswerCacheFilter> registration =
                new FilterRegistrationBean<>(new AnswerCacheFilter(new KeptAnswers(maxBytes), version));
        registration.addUrlPatterns(graphQlPath);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5);
        return registration;
    }

    @Bean
    @ConditionalOnProperty(name = "council.answer-cache.enabled", havingValue = "true", matchIfMissing = true)
    CleanAnswers cleanAnswers() {
        return new CleanAnswers();
    }

    @Bean
    FilterRegistrationBean<PostAnswersNotStored> postAnswersNotStored(
            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        FilterRegistrationBean<PostAnswersNotStored> registration =
                new FilterRegistrationBean<>(new PostAnswersNotStored());
        registration.addUrlPatterns(graphQlPath);
        return registration;
    }
}
