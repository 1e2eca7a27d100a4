package uk.councilperformance.json;

import java.util.Arrays;

/**
 * Bytes as they are made, for the CSV and JSON downloads and the API's answers: written straight as UTF-8 rather than built as text
 * first (a growing string builder, its string, then that string's bytes made several times the garbage).
 */
public final class ByteOutput {

    private byte[] out = new byte[8192];
    private int length;

    public void put(byte b) {
        room(1);
        out[length++] = b;
    }

    public void put(byte[] bytes) {
        put(bytes, 0, bytes.length);
    }

    public void put(byte[] bytes, int from, int count) {
        room(count);
        System.arraycopy(bytes, from, out, length, count);
        length += count;
    }

    /** ASCII's UTF-8 bytes are its characters' low bytes: copied without a new array. The caller knows it is ASCII. */
    @SuppressWarnings("deprecation")
    public void ascii(String text) {
        room(text.length());
        text.getBytes(0, text.length(), out, length);
        length += text.length();
    }

    public byte[] bytes() {
        return Arrays.copyOf(out, length);
    }

    private void room(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }
}
