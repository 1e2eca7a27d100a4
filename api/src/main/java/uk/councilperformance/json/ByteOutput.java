package uk.councilperformance.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes as they are made, for the CSV and JSON downloads and the API's answers: written straight as UTF-8 rather than built as text
 * first (a growing string builder, its string, then that string's bytes made several times the garbage).
 *
 * <p>The bytes are kept in chunks that are never copied to grow: a national publish's answers and CSV files run to
 * megabytes, and one array doubled to hold them made twice their size in garbage, and arrays over half a G1 region
 * (512 KiB in a 512 MiB heap) are "humongous", each one starting a collection cycle of its own.
 */
public final class ByteOutput {

    private static final int FIRST_CHUNK = 8 * 1024;
    private static final int LARGEST_CHUNK = 64 * 1024;

    private final List<byte[]> filled = new ArrayList<>();
    private int filledLength;
    private byte[] out = new byte[FIRST_CHUNK];
    private int length;

    public void put(byte b) {
        if (length == out.length) {
            next();
        }
        out[length++] = b;
    }

    public void put(byte[] bytes) {
        put(bytes, 0, bytes.length);
    }

    public void put(byte[] bytes, int from, int count) {
        while (count > 0) {
            if (length == out.length) {
                next();
            }
            int n = Math.min(count, out.length - length);
            System.arraycopy(bytes, from, out, length, n);
            length += n;
            from += n;
            count -= n;
        }
    }

    /** ASCII's UTF-8 bytes are its characters' low bytes: copied without a new array. The caller knows it is ASCII. */
    @SuppressWarnings("deprecation")
    public void ascii(String text) {
        int from = 0;
        while (from < text.length()) {
            if (length == out.length) {
                next();
            }
            int n = Math.min(text.length() - from, out.length - length);
            text.getBytes(from, from + n, out, length);
            length += n;
            from += n;
        }
    }

    /** How many bytes have been put. */
    public int length() {
        return filledLength + length;
    }

    /** All the bytes put, in one new array. */
    public byte[] bytes() {
        byte[] all = new byte[length()];
        int at = 0;
        for (byte[] chunk : filled) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        System.arraycopy(out, 0, all, at, length);
        return all;
    }

    /** Writes all the bytes put, chunk by chunk, without gathering them into one array. */
    public void writeTo(OutputStream to) throws IOException {
        for (byte[] chunk : filled) {
            to.write(chunk);
        }
        to.write(out, 0, length);
    }

    private void next() {
        filled.add(out);
        filledLength += out.length;
        out = new byte[Math.min(out.length * 2, LARGEST_CHUNK)];
        length = 0;
    }
}
