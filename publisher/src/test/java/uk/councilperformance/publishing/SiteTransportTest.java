package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * The publisher's HTTP transport against a real HTTP server that answers as told: what it sends, the answers it
 * takes (200, and a 4xx whose body is a GraphQL answer), and the ones it refuses, each with an error that says which.
 */
class SiteTransportTest {

    private HttpServer server;
    private final AtomicReference<String> sent = new AtomicReference<>();
    private final AtomicReference<String> contentTypeSent = new AtomicReference<>();

    /** Serves one answer at /graphql, keeping what was posted. */
    private String serving(int status, String contentType, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/graphql", exchange -> {
            sent.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            contentTypeSent.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            if (contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/graphql";
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Test
    void postsTheDocumentAndVariablesAsJsonAndReadsTheAnswer() throws IOException {
        String url = serving(200, "application/graphql-response+json", "{\"data\":{\"councils\":[{\"slug\":\"caf\u00e9\",\"n\":1}]}}");
        ClientGraphQlResponse answer = SiteTransport.client(url).document("query Q($c: String) { councils { slug } }")
                .variable("c", "caf\u00e9 \"x\"").executeSync();
        assertThat(answer.isValid()).isTrue();
        assertThat(answer.<Map<String, Object>>getData()).isEqualTo(Map.of("councils", List.of(Map.of("slug", "caf\u00e9", "n", 1))));
        assertThat(sent.get()).isEqualTo("{\"query\":\"query Q($c: String) { councils { slug } }\",\"variables\":{\"c\":\"caf\u00e9 \\\"x\\\"\"}}");
        assertThat(contentTypeSent.get()).isEqualTo("application/json");
    }

    @Test
    void takesARefusedRequestsErrorsAsTheAnswer() throws IOException {
        String url = serving(400, "application/graphql-response+json",
                "{\"errors\":[{\"message\":\"Validation error: no field nope\",\"locations\":[{\"line\":1,\"column\":3}]}]}");
        ClientGraphQlResponse answer = SiteTransport.client(url).document("{ nope }").executeSync();
        assertThat(answer.isValid()).isFalse();
        assertThat(answer.getErrors()).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("no field nope"));
    }

    @Test
    void refusesWhatIsNotAGraphQlAnswerSayingWhat() throws IOException {
        // status, content type, body, and what the refusal says
        List<List<Object>> cases = List.of(
                List.of(200, "text/html", "<!doctype html><p>a site</p>", "HTTP 200 OK with text/html, not JSON"),
                List.of(404, "application/json", "{\"status\":404}", "HTTP 404 Not Found"),
                List.of(200, "application/json", "{\"data\":", "HTTP 200 OK, but the answer is not JSON: a value expected"),
                // A server's own error page, in the type the request asked for.
                List.of(403, "application/graphql-response+json", "{\"status\":403,\"error\":\"Forbidden\"}",
                        "HTTP 403 Forbidden, but the answer is JSON with neither data nor errors"),
                List.of(500, "text/plain", "boom", "HTTP 500 Internal Server Error"));
        for (List<Object> c : cases) {
            String url = serving((Integer) c.get(0), (String) c.get(1), (String) c.get(2));
            assertThatThrownBy(() -> SiteTransport.client(url).document("{ councils { slug } }").executeSync())
                    .as(c.toString()).isInstanceOf(SiteTransport.NotGraphQl.class).hasMessageStartingWith((String) c.get(3));
            stop();
        }
    }

    @Test
    void anApiThatIsNotThereIsUnreachable() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + port + "/graphql";
        assertThatThrownBy(() -> SiteTransport.client(nowhere).document("{ councils { slug } }").executeSync())
                .isInstanceOf(SiteTransport.Unreachable.class).hasMessage("the API at " + nowhere + " did not answer")
                .hasCauseInstanceOf(java.net.ConnectException.class);
    }

    @Test
    void anApiThatStopsAnsweringIsUnreachableOnceTheReadTimesOut() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        server.createContext("/graphql", exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        String hung = "http://127.0.0.1:" + server.getAddress().getPort() + "/graphql";
        try {
            assertThatThrownBy(() -> SiteTransport.client(new SiteTransport(hung, 1000, 300)).document("{ councils { slug } }")
                    .executeSync()).isInstanceOf(SiteTransport.Unreachable.class)
                    .hasCauseInstanceOf(java.net.SocketTimeoutException.class);
        } finally {
            release.countDown();
        }
    }

    @Test
    void anAddressThatIsNotHttpIsAUsageError() {
        for (String bad : List.of("localhost:8080/graphql", "ftp://example.org/graphql", "not a url")) {
            assertThatThrownBy(() -> SiteTransport.client(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--api is not an http address");
        }
    }
}
