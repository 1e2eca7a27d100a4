package uk.councilperformance.web;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import reactor.core.publisher.Mono;

/**
 * Marks a request whose GraphQL answer had no errors, for {@link AnswerCacheFilter}: an error may be passing (a
 * database being rebuilt, a limit) and is never given again from the cache. The mark goes on the servlet request
 * bound to this thread; an answer completed on another thread goes unmarked, and so is not kept.
 */
final class CleanAnswers implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).doOnNext(response -> {
            RequestAttributes servletRequest = RequestContextHolder.getRequestAttributes();
            if (servletRequest != null && response.isValid() && response.getErrors().isEmpty()) {
                servletRequest.setAttribute(AnswerCacheFilter.CLEAN, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
            }
        });
    }
}
