package uk.councilperformance.publishing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** RFC 4180 CSV, UTF-8 with CRLF line ends; every cell quoted when it needs to be, text kept exactly. */
final class Csv {

    // The file's bytes as the rows are added: a national publish writes 35 MB of CSV, and building it as text first
    // (a growing string builder, its string, then that string's bytes) made eight times that in garbage.
    private byte[] out = new byte[8192];
    private int length;

    Csv(List<String> header) {
        row(header);
    }

    Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                put((byte) ',');
            }
            Object cell = cells.get(i);
            String text = cell == null ? "" : cell.toString();
            if (needsQuotes(text)) {
                put((byte) '"');
                put(text.replace("\"", "\"\""));
                put((byte) '"');
            } else {
                put(text);
            }
        }
        put((byte) '\r');
        put((byte) '\n');
        return this;
    }

    byte[] bytes() {
        return Arrays.copyOf(out, length);
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("deprecation")
    private void put(String text) {
        if (ascii(text)) {
            // Most cells are plain ASCII, whose UTF-8 bytes are its characters' low bytes: copied without a new array.
            room(text.length());
            text.getBytes(0, text.length(), out, length);
            length += text.length();
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        room(bytes.length);
        System.arraycopy(bytes, 0, out, length, bytes.length);
        length += bytes.length;
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private void put(byte b) {
        room(1);
        out[length++] = b;
    }

    private void room(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }
}
