package uk.councilperformance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The load driver's reading of an HTTP/1.1 answer from the bytes that have arrived so far. */
class EventLoopResponseTest {

    @Test
    void anAnswerWithALengthIsWholeOnceItsBodyHasArrived() {
        String whole = "HTTP/1.1 200 \r\nContent-Type: application/json\r\nContent-Length:  7 \r\n\r\n{\"a\":1}";
        EventLoopClients.Response response = parse(whole);
        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(response.close()).isFalse();
        assertThat(parse(whole.substring(0, whole.length() - 1))).isNull();
        assertThat(parse("HTTP/1.1 200 \r\nContent-Length: 7\r\n")).isNull();
    }

    @Test
    void aChunkedAnswerIsTheChunksJoinedAndTheConnectionHeaderIsRead() {
        String whole = "HTTP/1.1 404 \r\nTRANSFER-ENCODING: Chunked\r\nConnection: close\r\n\r\n"
                + "3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n";
        EventLoopClients.Response response = parse(whole);
        assertThat(response.status()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("abcde");
        assertThat(response.close()).isTrue();
        assertThat(parse(whole.substring(0, whole.length() - 2))).isNull();
    }

    @Test
    void aNotModifiedAnswerHasNoBody() {
        EventLoopClients.Response response = parse("HTTP/1.1 304 \r\nETag: \"v1\"\r\n\r\n");
        assertThat(response.status()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
    }

    private static EventLoopClients.Response parse(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] buffer = new byte[bytes.length + 16];
        System.arraycopy(bytes, 0, buffer, 0, bytes.length);
        return EventLoopClients.Response.parse(buffer, bytes.length);
    }
}
