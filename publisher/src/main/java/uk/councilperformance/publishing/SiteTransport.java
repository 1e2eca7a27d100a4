package uk.councilperformance.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Locale;
import java.util.Map;

import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.client.AbstractGraphQlClientSyncBuilder;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.graphql.client.GraphQlTransport;
import org.springframework.graphql.client.SyncGraphQlTransport;

import uk.councilperformance.json.JsonBytes;

/**
 * GraphQL over HTTP for the publisher's GraphQL client: each request posted as JSON ({@link JsonBytes}) through the
 * JDK's HttpURLConnection, each answer read with {@link JsonValues}. Spring's own HTTP transport does the same
 * through its RestClient, whose set-up (message converters, observation, the search for other HTTP libraries) was a
 * sixth of a publish with nothing to do. The client above it is Spring's: documents, variables and answers as before.
 */
final class SiteTransport implements SyncGraphQlTransport {

    /** The API could not be reached, or stopped answering mid-request: scripts may wait and try again. */
    static final class Unreachable extends IllegalStateException {
        Unreachable(String url, IOException cause) {
            super("the API at " + url + " did not answer", cause);
        }
    }

    /** Something answered, but not with a GraphQL answer: the address is not the API's GraphQL endpoint. */
    static final class NotGraphQl extends IllegalStateException {
        NotGraphQl(int status, String why) {
            super("HTTP " + status + " " + why);
        }
    }

    /**
     * How long to wait for a connection, and then for each read of an answer: a stopped or hung API makes the
     * publish fail with "did not answer" instead of waiting for ever. A national year of plans takes a few seconds.
     */
    static final int CONNECT_MILLIS = 10_000;
    static final int READ_MILLIS = 120_000;

    private final String url;
    private final URL endpoint;
    private final int connectMillis;
    private final int readMillis;

    SiteTransport(String url) {
        this(url, CONNECT_MILLIS, READ_MILLIS);
    }

    SiteTransport(String url, int connectMillis, int readMillis) {
        this.url = url;
        this.connectMillis = connectMillis;
        this.readMillis = readMillis;
        try {
            URI uri = URI.create(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                throw new IllegalArgumentException("--api is not an http address: " + url);
            }
            this.endpoint = uri.toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new IllegalArgumentException("--api is not an http address: " + url, e);
        }
    }

    /** Spring's GraphQL client over this transport. */
    static GraphQlClient client(String url) {
        return client(new SiteTransport(url));
    }

    static GraphQlClient client(SiteTransport transport) {
        return new Builder(transport).build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public GraphQlResponse execute(GraphQlRequest request) {
        byte[] body = JsonBytes.of(request.toMap());
        try {
            HttpURLConnection http = (HttpURLConnection) endpoint.openConnection();
            http.setConnectTimeout(connectMillis);
            http.setReadTimeout(readMillis);
            http.setRequestMethod("POST");
            http.setDoOutput(true);
            http.setFixedLengthStreamingMode(body.length);
            http.setRequestProperty("Content-Type", "application/json");
            http.setRequestProperty("Accept", "application/json, application/graphql-response+json");
            try (OutputStream out = http.getOutputStream()) {
                out.write(body);
            }
            int status = http.getResponseCode();
            String type = http.getContentType() == null ? "" : http.getContentType().toLowerCase(Locale.ROOT);
            // As GraphQL over HTTP has it: an answer is 200, or a 4xx whose body is a GraphQL answer (a request the API
            // refused, its errors inside); anything else is not the API's GraphQL endpoint.
            boolean answer = (status == 200 && (type.startsWith("application/json") || type.contains("+json")))
                    || (status >= 400 && status < 500 && type.startsWith("application/graphql-response+json"));
            String reason = reason(status, http.getResponseMessage());
            try (InputStream in = status < 400 ? http.getInputStream() : http.getErrorStream()) {
                byte[] read = in == null ? new byte[0] : in.readAllBytes();
                if (!answer) {
                    throw new NotGraphQl(status, reason + (status == 200
                            ? " with " + (type.isEmpty() ? "no content type" : type) + ", not JSON" : ""));
                }
                Object value = JsonValues.read(read);
                // A server's own error page can come back in the type asked for: only data or errors make an answer.
                if (!(value instanceof Map<?, ?> map) || !(map.containsKey("data") || map.get("errors") instanceof java.util.List)) {
                    throw new NotGraphQl(status, reason + ", but the answer is JSON with neither data nor errors");
                }
                return GraphQlTransport.createResponse((Map<String, Object>) value);
            } catch (JsonValues.Malformed e) {
                throw new NotGraphQl(status, reason + ", but " + e.getMessage());
            }
        } catch (IOException e) {
            throw new Unreachable(url, e);
        }
    }

    /** The status's reason phrase: the server's, or the standard one (Tomcat sends none). */
    private static String reason(int status, String sent) {
        if (sent != null && !sent.isBlank()) {
            return sent;
        }
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        return known == null ? "" : known.getReasonPhrase();
    }

    /** Spring's client over a transport of one's own: its builder for custom transports is abstract. */
    private static final class Builder extends AbstractGraphQlClientSyncBuilder<Builder> {

        private final SyncGraphQlTransport transport;

        Builder(SyncGraphQlTransport transport) {
            this.transport = transport;
        }

        @Override
        public GraphQlClient build() {
            // The client keeps a JSON converter for answers turned into entities, which the site never asks for; without
            // one of its own it would make Jackson's mapper, the 1,150 classes this transport does without.
            setJsonConverter(new PlainJsonConverter());
            return buildGraphQlClient(transport);
        }
    }
}
