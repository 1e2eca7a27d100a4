package uk.councilperformance.graph;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/** Turns a {@link BadArgument} into a BAD_REQUEST GraphQL error with the argument named. */
@Component
public class BadArgumentResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof BadArgument bad) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(bad.getMessage())
                    .extensions(Map.of("argument", bad.argument())).build();
        }
        return null;
    }
}
