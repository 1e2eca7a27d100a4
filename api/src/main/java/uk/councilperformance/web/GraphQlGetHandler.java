package uk.councilperformance.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import graphql.language.OperationDefinition;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import uk.councilperformance.json.JsonBytes;

/**
 * Queries over HTTP GET (GraphQL over HTTP: {@code ?query=...&operationName=...&variables={json}}), which
 * Spring for GraphQL's WebMvc handler does not take: it answers POST only. A GET answer can be cached and
 * linked to, so a successful one carries an ETag and {@code Cache-Control: public}, and a request whose
 * If-None-Match names that ETag gets 304. Only queries: a mutation is refused with 405, as the spec asks.
 */
public class GraphQlGetHandler {

    /** How long browsers and proxies may reuse an answer: the data changes only when reports are imported. */
    static final CacheControl CACHED = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final WebGraphQlHandler graphQlHandler;
    private final JsonMapper json;

    public GraphQlGetHandler(WebGraphQlHandler graphQlHandler, JsonMapper json) {
        this.graphQlHandler = graphQlHandler;
        this.json = json;
    }

    public ServerResponse handle(ServerRequest request) {
        MediaType contentType = responseType(request);
        Optional<String> query = request.param("query").filter(text -> !text.isBlank());
        if (query.isEmpty()) {
            return refuse(HttpStatus.BAD_REQUEST, contentType,
                    "Missing the 'query' parameter: GET /graphql?query={ reports { slug title } }");
        }
        String operationName = request.param("operationName").filter(name -> !name.isEmpty()).orElse(null);
        Optional<OperationDefinition.Operation> operation = RequestedOperation.of(query.get(), operationName);
        if (operation.isPresent() && operation.get() != OperationDefinition.Operation.QUERY) {
            String kind = operation.get().name().toLowerCase(java.util.Locale.ROOT);
            return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
                    .allow(HttpMethod.POST)
                    .contentType(contentType)
                    .cacheControl(CacheControl.noStore())
                    .body(errors("A " + kind + " cannot be sent with GET, which only reads: send it with POST."));
        }

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query.get());
        body.put("operationName", operationName);
        try {
            body.put("variables", jsonObjectParam(request, "variables"));
            body.put("extensions", jsonObjectParam(request, "extensions"));
        } catch (IllegalArgumentException e) {
            return refuse(HttpStatus.BAD_REQUEST, contentType, e.getMessage());
        }

        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
                new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), request.attributes(), body,
                UUID.randomUUID().toString(), request.servletRequest().getLocale());
        return ServerResponse.async(graphQlHandler.handleRequest(graphQlRequest)
                .map(response -> respond(request, response, contentType))
                .toFuture());
    }

    /** As a POST's answer is written (AnswerJsonConverter): JsonBytes, or Jackson for any other kind of value. */
    private byte[] bytes(Map<String, Object> answer) {
        try {
            return JsonBytes.answer(answer);
        } catch (JsonBytes.Refused e) {
            return json.writeValueAsBytes(answer);
        }
    }

    private ServerResponse respond(ServerRequest request, WebGraphQlResponse response, MediaType contentType) {
        byte[] bytes = bytes(response.toMap());
        HttpStatus status = MediaTypes.APPLICATION_GRAPHQL_RESPONSE.equals(contentType)
                && !response.getExecutionResult().isDataPresent() ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(response.getResponseHeaders());
        headers.setVary(List.of(HttpHeaders.ACCEPT));
        // Only a clean answer is cached: an error may be passing (a database being rebuilt).
        if (status != HttpStatus.OK || !response.getErrors().isEmpty()) {
            return ServerResponse.status(status).headers(h -> h.putAll(headers)).contentType(contentType)
                    .cacheControl(CacheControl.noStore()).body(bytes);
        }
        // A first answer runs the query to know the tag; a kept one (AnswerCacheFilter) answers 304 without running it.
        String etag = QueryResponseTag.of(bytes, contentType);
        if (QueryResponseTag.matches(request.headers().firstHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return ServerResponse.status(HttpStatus.NOT_MODIFIED).headers(h -> h.putAll(headers))
                    .eTag(etag).cacheControl(CACHED).build();
        }
        return ServerResponse.ok().headers(h -> h.putAll(headers)).contentType(contentType)
                .eTag(etag).cacheControl(CACHED).body(bytes);
    }

    private Map<String, Object> jsonObjectParam(ServerRequest request, String name) {
        Optional<String> text = request.param(name).filter(value -> !value.isBlank());
        if (text.isEmpty()) {
            return null;
        }
        try {
            Object value = json.readValue(text.get(), Object.class);
            if (value == null) {
                return null;
            }
            if (!(value instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("The '" + name + "' parameter must be a JSON object.");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            return object;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The '" + name + "' parameter is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private ServerResponse refuse(HttpStatus status, MediaType contentType, String message) {
        return ServerResponse.status(status).contentType(contentType).cacheControl(CacheControl.noStore())
                .body(errors(message));
    }

    private static Map<String, Object> errors(String message) {
        return Map.of("errors", List.of(Map.of("message", message)));
    }

    /** As Spring for GraphQL answers POST: the GraphQL response type when asked for, else plain JSON. */
    private static MediaType responseType(ServerRequest request) {
        for (MediaType accepted : request.headers().accept()) {
            if (accepted.equalsTypeAndSubtype(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)) {
                return MediaTypes.APPLICATION_GRAPHQL_RESPONSE;
            }
            if (accepted.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
                return MediaType.APPLICATION_JSON;
            }
        }
        return MediaType.APPLICATION_JSON;
    }
}
