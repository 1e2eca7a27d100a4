package uk.councilperformance.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The HTTP around the public GraphQL endpoint: queries over GET as well as POST, and the self-hosted
 * GraphiQL page. POST itself stays with Spring for GraphQL; CORS is set in application.properties.
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlWebRoutes {

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

    @Bean
    FilterRegistrationBean<PostAnswersNotStored> postAnswersNotStored(
            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        FilterRegistrationBean<PostAnswersNotStored> registration =
                new FilterRegistrationBean<>(new PostAnswersNotStored());
        registration.addUrlPatterns(graphQlPath);
        return registration;
    }
}
