package uk.councilperformance.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A blocking HTTP/1.1 keep-alive connection for requests sent one at a time (the bench's statement counts),
 * reading answers with the same parser as {@link EventLoopClients}.
 */
final class PlainHttpClient implements AutoCloseable {

    private final InetSocketAddress address;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private byte[] buffer = new byte[64 * 1024];

    PlainHttpClient(URI url) {
        this.address = new InetSocketAddress(url.getHost(), url.getPort() < 0 ? 80 : url.getPort());
    }

    /** The bytes of a POST of a JSON body to this path. */
    static byte[] post(URI url, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                + "\r\nContent-Type: application/json\r\nAccept: application/graphql-response+json, application/json"
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    /** Sends a whole request and reads the whole answer; reconnects once if the kept-alive connection was closed. */
    EventLoopClients.Response send(byte[] request) throws IOException {
        for (int attempt = 0; ; attempt++) {
            boolean reused = socket != null;
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(address, 10_000);
                    socket.setSoTimeout(60_000);
                    in = socket.getInputStream();
                    out = socket.getOutputStream();
                }
                out.write(request);
                out.flush();
                EventLoopClients.Response response = read();
                if (response.close()) {
                    close();
                }
                return response;
            } catch (IOException e) {
                close();
                if (!reused || attempt > 0) {
                    throw e;
                }
            }
        }
    }

    private EventLoopClients.Response read() throws IOException {
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                throw new IOException("the connection closed mid-answer");
            }
            length += n;
            EventLoopClients.Response response = EventLoopClients.Response.parse(buffer, length);
            if (response != null) {
                return response;
            }
        }
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
    }
}
