package uk.councilperformance.benchmark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Concurrent clients as a load generator such as wrk runs them: each client is its own keep-alive connection that
 * sends its next request as soon as its answer is in (a closed loop), and one thread drives every connection with
 * a selector. A thread per client would put dozens of runnable threads beside the API's on two cores, and the
 * scheduler's time slices, not the API, would make the slowest answers.
 */
final class EventLoopClients {

    /** What happened to one request. */
    interface Outcome {
        void answered(int query, long nanos, int status, byte[] body);
    }

    /** The requests to send: which comes next for each query of the mix. */
    interface Requests {
        int queries();

        byte[] next(int query);
    }

    private final InetSocketAddress address;
    private final Requests requests;

    EventLoopClients(URI url, Requests requests) {
        this.address = new InetSocketAddress(url.getHost(), url.getPort());
        this.requests = requests;
    }

    /** Runs clients connections until the deadline; each client starts at its own place in the mix. */
    void run(int clients, long deadlineNanos, Outcome outcome) throws IOException {
        try (Selector selector = Selector.open()) {
            Connection[] connections = new Connection[clients];
            for (int c = 0; c < clients; c++) {
                connections[c] = new Connection(c % requests.queries());
                connections[c].open(selector);
                connections[c].send(requests.next(connections[c].query));
            }
            // After the deadline no request is sent, but those in flight are waited for (a while): a request the
            // client gave up on would still run on the server after the run, and be counted against what comes next.
            long drainedBy = deadlineNanos + 10_000_000_000L;
            while (System.nanoTime() < deadlineNanos || (inFlight(connections) && System.nanoTime() < drainedBy)) {
                selector.select(50);
                for (SelectionKey key : selector.selectedKeys()) {
                    Connection connection = (Connection) key.attachment();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isWritable()) {
                        connection.write(key);
                    } else if (key.isReadable()) {
                        connection.read(selector, deadlineNanos, outcome);
                    }
                }
                selector.selectedKeys().clear();
            }
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private static boolean inFlight(Connection[] connections) {
        for (Connection connection : connections) {
            if (connection.waiting) {
                return true;
            }
        }
        return false;
    }

    /** One client: its connection, the request in flight, and what has arrived of the answer. */
    private final class Connection {
        private SocketChannel channel;
        private SelectionKey key;
        private int query;
        private long sentAt;
        private byte[] request;
        private ByteBuffer out;
        private final ByteBuffer readBuffer = ByteBuffer.allocate(64 * 1024);
        private byte[] in = new byte[64 * 1024];
        private int length;
        private boolean waiting;

        Connection(int query) {
            this.query = query;
        }

        void open(Selector selector) throws IOException {
            channel = SocketChannel.open();
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.connect(address);
            channel.configureBlocking(false);
            key = channel.register(selector, SelectionKey.OP_WRITE, this);
            length = 0;
        }

        void send(byte[] request) {
            this.request = request;
            out = ByteBuffer.wrap(request);
            sentAt = System.nanoTime();
            waiting = true;
            key.interestOps(SelectionKey.OP_WRITE);
        }

        void write(SelectionKey key) throws IOException {
            channel.write(out);
            if (!out.hasRemaining()) {
                key.interestOps(SelectionKey.OP_READ);
            }
        }

        void read(Selector selector, long deadlineNanos, Outcome outcome) throws IOException {
            readBuffer.clear();
            int n;
            try {
                n = channel.read(readBuffer);
            } catch (IOException e) {
                n = -1;
            }
            if (n < 0) {
                // The server closed the connection: a request in flight is sent again on a new one.
                close();
                open(selector);
                send(request);
                return;
            }
            readBuffer.flip();
            if (length + n > in.length) {
                in = Arrays.copyOf(in, Math.max(in.length * 2, length + n));
            }
            readBuffer.get(in, length, n);
            length += n;
            Response response = Response.parse(in, length);
            if (response == null) {
                return;
            }
            waiting = false;
            outcome.answered(query, System.nanoTime() - sentAt, response.status(), response.body());
            query = (query + 1) % requests.queries();
            if (response.close()) {
                close();
                open(selector);
            }
            length = 0;
            if (System.nanoTime() < deadlineNanos) {
                send(requests.next(query));
            } else {
                key.interestOps(0);
            }
        }

        void close() {
            try {
                if (key != null) {
                    key.cancel();
                }
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException e) {
                // a connection closing at the end of the run
            }
        }
    }

    /** A whole HTTP/1.1 response, or null while more is to come. */
    record Response(int status, byte[] body, boolean close) {

        static Response parse(byte[] in, int length) {
            int headersEnd = indexOf(in, length, 0, "\r\n\r\n");
            if (headersEnd < 0) {
                return null;
            }
            String head = new String(in, 0, headersEnd, StandardCharsets.ISO_8859_1);
            // Split on the one character, which String.split does without a regular expression; strip() below
            // drops each line's '\r'. The driver shares the two cores with the API, so its own work is kept small.
            String[] lines = head.split("\n");
            int status = Integer.parseInt(lines[0].substring(9, 12));
            long contentLength = -1;
            boolean chunked = false;
            boolean close = false;
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = lines[i].substring(colon + 1).strip();
                switch (name) {
                    case "content-length" -> contentLength = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            int bodyStart = headersEnd + 4;
            if (chunked) {
                return chunks(in, length, bodyStart, status, close);
            }
            if (contentLength < 0) {
                contentLength = status == 204 || status == 304 ? 0 : -1;
            }
            if (contentLength < 0) {
                throw new IllegalStateException("an answer with neither a length nor chunks");
            }
            if (length < bodyStart + contentLength) {
                return null;
            }
            return new Response(status, Arrays.copyOfRange(in, bodyStart, bodyStart + (int) contentLength), close);
        }

        private static Response chunks(byte[] in, int length, int at, int status, boolean close) {
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            while (true) {
                int lineEnd = indexOf(in, length, at, "\r\n");
                if (lineEnd < 0) {
                    return null;
                }
                String size = new String(in, at, lineEnd - at, StandardCharsets.ISO_8859_1);
                int semicolon = size.indexOf(';');
                int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
                at = lineEnd + 2;
                if (n == 0) {
                    // Trailers, if any, end with an empty line.
                    int end = indexOf(in, length, at, "\r\n");
                    while (end > at) {
                        at = end + 2;
                        end = indexOf(in, length, at, "\r\n");
                    }
                    return end < 0 ? null : new Response(status, body.toByteArray(), close);
                }
                if (length < at + n + 2) {
                    return null;
                }
                body.write(in, at, n);
                at += n + 2;
            }
        }

        private static int indexOf(byte[] in, int length, int from, String text) {
            byte[] pattern = text.getBytes(StandardCharsets.US_ASCII);
            outer:
            for (int i = from; i + pattern.length <= length; i++) {
                for (int k = 0; k < pattern.length; k++) {
                    if (in[i + k] != pattern[k]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
