package uk.councilperformance.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives the journalist mix against the API over real HTTP on loopback: a number of clients, each sending
 * one request after another (cycling through the mix from its own starting point) until the time is up.
 */
public final class LoadDriver {

    /** What one query did in one run. */
    public record QueryResult(JournalistQuery query, Latencies latencies, int errors, String firstError, double seconds) {
        public double throughput() {
            return latencies.count() / seconds;
        }
    }

    private final URI url;
    private final List<JournalistQuery> mix;
    private final List<byte[]> requests = new ArrayList<>();
    /** For requests sent one at a time (statement counts, warm-up checks). */
    private final PlainHttpClient single;

    public LoadDriver(String url, List<JournalistQuery> mix) {
        this.url = URI.create(url);
        this.mix = List.copyOf(mix);
        for (JournalistQuery query : mix) {
            requests.add(PlainHttpClient.post(this.url, query.requestBody()));
        }
        this.single = new PlainHttpClient(this.url);
    }

    /** One request; returns null when the API answered with data and no errors, else what went wrong. */
    public String send(int queryIndex) {
        return send(single, queryIndex);
    }

    private String send(PlainHttpClient client, int queryIndex) {
        try {
            PlainHttpClient.Response response = client.send(requests.get(queryIndex));
            if (response.status() != 200) {
                return "HTTP " + response.status();
            }
            // A JSON string cannot hold an unescaped quote, so "errors": only occurs as the response's own key.
            return indexOf(response.body(), ERRORS) < 0 ? null : firstMessage(response.body());
        } catch (IOException e) {
            return "I/O: " + e.getMessage();
        }
    }

    private static final byte[] ERRORS = "\"errors\":".getBytes(StandardCharsets.US_ASCII);

    private static int indexOf(byte[] body, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= body.length; i++) {
            for (int k = 0; k < pattern.length; k++) {
                if (body[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Runs the mix with this many clients for this long. */
    public Map<String, QueryResult> run(int clients, Duration duration) throws InterruptedException {
        int n = mix.size();
        Latencies[][] latencies = new Latencies[clients][n];
        int[][] errors = new int[clients][n];
        @SuppressWarnings("unchecked")
        AtomicReference<String>[] firstErrors = new AtomicReference[n];
        for (int q = 0; q < n; q++) {
            firstErrors[q] = new AtomicReference<>();
        }
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            for (int q = 0; q < n; q++) {
                latencies[c][q] = new Latencies();
            }
            Thread thread = new Thread(() -> {
                int q = client % n;
                PlainHttpClient connection = new PlainHttpClient(url);
                while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    String error = send(connection, q);
                    latencies[client][q].add(System.nanoTime() - start);
                    if (error != null) {
                        errors[client][q]++;
                        firstErrors[q].compareAndSet(null, error);
                    }
                    q = (q + 1) % n;
                }
                connection.close();
            }, "bench-client-" + c);
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, QueryResult> results = new LinkedHashMap<>();
        for (int q = 0; q < n; q++) {
            Latencies all = new Latencies();
            int errorCount = 0;
            for (int c = 0; c < clients; c++) {
                all.addAll(latencies[c][q]);
                errorCount += errors[c][q];
            }
            results.put(mix.get(q).name(), new QueryResult(mix.get(q), all, errorCount, firstErrors[q].get(), seconds));
        }
        return results;
    }

    private static String firstMessage(byte[] body) {
        try {
            var node = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
            return node.path("errors").path(0).path("message").asString("unknown error");
        } catch (RuntimeException e) {
            return "unreadable response";
        }
    }
}
