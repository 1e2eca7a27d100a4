package uk.councilperformance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Bytes put in every way, across many chunk boundaries, come out in order, whole, as one array or as a stream. */
class ByteOutputTest {

    @Test
    void whatIsPutComesOutInOrderAcrossChunks() throws Exception {
        Random random = new Random(6);
        ByteOutput output = new ByteOutput();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        while (expected.size() < 600_000) {
            switch (random.nextInt(3)) {
                case 0 -> {
                    byte b = (byte) random.nextInt(256);
                    output.put(b);
                    expected.write(b);
                }
                case 1 -> {
                    byte[] bytes = new byte[random.nextInt(70_000)];
                    random.nextBytes(bytes);
                    int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
                    int count = bytes.length - from;
                    output.put(bytes, from, count);
                    expected.write(bytes, from, count);
                }
                default -> {
                    String ascii = "x".repeat(random.nextInt(20_000)) + random.nextInt();
                    output.ascii(ascii);
                    expected.write(ascii.getBytes(StandardCharsets.US_ASCII));
                }
            }
            assertThat(output.length()).isEqualTo(expected.size());
        }
        assertThat(output.bytes()).isEqualTo(expected.toByteArray());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        output.writeTo(written);
        assertThat(written.toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Test
    void nothingPutIsNoBytes() throws Exception {
        ByteOutput output = new ByteOutput();
        assertThat(output.bytes()).isEmpty();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        output.writeTo(written);
        assertThat(written.size()).isZero();
    }
}
