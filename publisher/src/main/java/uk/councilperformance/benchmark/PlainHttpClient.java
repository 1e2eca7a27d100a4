package uk.councilperformance.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One benchmark client's HTTP/1.1 connection: blocking, keep-alive, one request at a time, as a load generator
 * such as wrk talks to a server. The JDK's HttpClient is asynchronous underneath and spends more of the two
 * cores than the answers it waits for, which on one machine is taken from the API being measured.
 */
final class PlainHttpClient implements AutoCloseable {

    /** A response: status and body bytes. */
    record Response(int status, byte[] body) {
    }

    private static final int LONGEST_HEADER_LINE = 16 * 1024;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    /** Bytes read from the socket and not yet used: buffer[start, end). */
    private final byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;

    PlainHttpClient(URI url) {
        this.host = url.getHost();
        this.port = url.getPort() < 0 ? 80 : url.getPort();
    }

    /** The bytes of a POST of a JSON body to this path. */
    static byte[] post(URI url, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                + "\r\nContent-Type: application/json\r\nAccept: application/graphql-response+json, application/json"
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    /** Sends a whole request and reads the whole response; reconnects once if the kept-alive connection was closed. */
    Response send(byte[] request) throws IOException {
        for (int attempt = 0; ; attempt++) {
            boolean reused = socket != null;
            try {
                connect();
                out.write(request);
                out.flush();
                return read();
            } catch (IOException e) {
                close();
                if (!reused || attempt > 0) {
                    throw e;
                }
            }
        }
    }

    private void connect() throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(60_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
            start = 0;
            end = 0;
        }
    }

    private Response read() throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        byte[] body;
        if (chunked) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                all.write(bytes(size));
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
            body = all.toByteArray();
        } else if (length >= 0) {
            body = bytes((int) length);
        } else {
            body = code == 204 || code == 304 ? new byte[0] : rest();
            close = true;
        }
        if (close) {
            close();
        }
        return new Response(code, body);
    }

    private int chunkSize() throws IOException {
        String size = line();
        int semicolon = size.indexOf(';');
        return Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
    }

    /** A line up to CRLF (or LF), without it. */
    private String line() throws IOException {
        for (int scanned = start; ; ) {
            for (; scanned < end; scanned++) {
                if (buffer[scanned] == '\n') {
                    int stop = scanned > start && buffer[scanned - 1] == '\r' ? scanned - 1 : scanned;
                    String line = new String(buffer, start, stop - start, StandardCharsets.ISO_8859_1);
                    start = scanned + 1;
                    return line;
                }
            }
            if (end - start > LONGEST_HEADER_LINE) {
                throw new IOException("a header line longer than " + LONGEST_HEADER_LINE);
            }
            int kept = end - start;
            fill();
            scanned = start + kept;
        }
    }

    private byte[] bytes(int n) throws IOException {
        byte[] body = new byte[n];
        int have = Math.min(n, end - start);
        System.arraycopy(buffer, start, body, 0, have);
        start += have;
        while (have < n) {
            int read = in.read(body, have, n - have);
            if (read < 0) {
                throw new IOException("the response ended after " + have + " of " + n + " bytes");
            }
            have += read;
        }
        return body;
    }

    private byte[] rest() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(buffer, start, end - start);
        start = end;
        in.transferTo(all);
        return all.toByteArray();
    }

    /** Moves what is left to the front and reads more after it. */
    private void fill() throws IOException {
        System.arraycopy(buffer, start, buffer, 0, end - start);
        end -= start;
        start = 0;
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            throw new IOException("the connection closed mid-response");
        }
        end += read;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a connection that failed anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
