package uk.councilperformance.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives the journalist mix against the API over real HTTP on loopback: a number of clients, each its own
 * keep-alive connection sending one request after another (cycling through the mix from its own starting point)
 * until the time is up. Each query is asked with its file's variables, or in turn with every variable set it was
 * given ({@link AskedAbout}); the turn carries on from one run to the next, so a later run asks what an earlier one
 * had not yet reached.
 */
public final class LoadDriver {

    /** What one query did in one run. */
    public record QueryResult(JournalistQuery query, Latencies latencies, int errors, String firstError, double seconds,
                              int variableSets) {
        public double throughput() {
            return latencies.count() / seconds;
        }
    }

    private final URI url;
    private final List<JournalistQuery> mix;
    /** Per query, the request for each of its variable sets. */
    private final List<byte[][]> requests = new ArrayList<>();
    /** Per query, how many requests of it have been sent in all runs so far: the next is at this place in its turn. */
    private final long[] sent;
    /** For requests sent one at a time (statement counts, warm-up checks). */
    private final PlainHttpClient single;

    /** Each query asked with its file's variables only. */
    public LoadDriver(String url, List<JournalistQuery> mix) {
        this(url, mix, null);
    }

    /** Each query asked in turn with every variable set the data holds for it (all of them: null means its file's only). */
    LoadDriver(String url, List<JournalistQuery> mix, AskedAbout askedAbout) {
        this.url = URI.create(url);
        this.mix = List.copyOf(mix);
        for (JournalistQuery query : mix) {
            List<Map<String, Object>> sets = askedAbout == null ? List.of(query.variables()) : askedAbout.variablesFor(query);
            requests.add(sets.stream().map(v -> PlainHttpClient.post(this.url, query.requestBody(v))).toArray(byte[][]::new));
        }
        this.sent = new long[mix.size()];
        this.single = new PlainHttpClient(this.url);
    }

    /** One request with the query's file's variables; returns null when the API answered with data and no errors, else what went wrong. */
    public String send(int queryIndex) {
        try {
            EventLoopClients.Response response = single.send(requests.get(queryIndex)[0]);
            return error(response.status(), response.body());
        } catch (IOException e) {
            return "I/O: " + e.getMessage();
        }
    }

    /** What went wrong with an answer, or null when it came with data and no errors. */
    private static String error(int status, byte[] body) {
        if (status != 200) {
            return "HTTP " + status;
        }
        // The GraphQL spec puts "errors" first in a response that has them (graphql-java does), so the start
        // of the body tells; scanning every byte of every answer would cost the load generator more than that.
        return startsWith(body, ERRORS) ? firstMessage(body) : null;
    }

    private static final byte[] ERRORS = "{\"errors\":".getBytes(StandardCharsets.US_ASCII);

    private static boolean startsWith(byte[] body, byte[] prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (body[k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    /** Runs the mix with this many clients for this long. */
    public Map<String, QueryResult> run(int clients, Duration duration) throws IOException {
        int n = mix.size();
        Latencies[] latencies = new Latencies[n];
        int[] errors = new int[n];
        String[] firstErrors = new String[n];
        for (int q = 0; q < n; q++) {
            latencies[q] = new Latencies();
        }
        EventLoopClients.Requests turns = new EventLoopClients.Requests() {
            @Override
            public int queries() {
                return n;
            }

            @Override
            public byte[] next(int query) {
                byte[][] sets = requests.get(query);
                return sets[(int) (sent[query]++ % sets.length)];
            }
        };
        long started = System.nanoTime();
        new EventLoopClients(url, turns).run(clients, started + duration.toNanos(), (q, nanos, status, body) -> {
            latencies[q].add(nanos);
            String error = error(status, body);
            if (error != null) {
                errors[q]++;
                if (firstErrors[q] == null) {
                    firstErrors[q] = error;
                }
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, QueryResult> results = new LinkedHashMap<>();
        for (int q = 0; q < n; q++) {
            results.put(mix.get(q).name(), new QueryResult(mix.get(q), latencies[q], errors[q], firstErrors[q], seconds,
                    requests.get(q).length));
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
