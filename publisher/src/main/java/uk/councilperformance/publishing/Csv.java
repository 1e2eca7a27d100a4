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

    // The last text in each column, how it was written and its bytes unless it was plain ASCII: a plan's title, theme
    // and indicator name repeat down a column as the same string, and are then neither scanned nor encoded again.
    private String[] lastText = new String[16];
    private int[] lastKind = new int[16];
    private byte[][] lastBytes = new byte[16][];

    Csv(List<String> header) {
        row(header);
    }

    Csv row(List<?> cells) {
        if (cells.size() > lastText.length) {
            lastText = Arrays.copyOf(lastText, cells.size());
            lastKind = Arrays.copyOf(lastKind, cells.size());
            lastBytes = Arrays.copyOf(lastBytes, cells.size());
        }
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                put((byte) ',');
            }
            Object cell = cells.get(i);
            String text = cell == null ? "" : cell.toString();
            if (text != lastText[i]) {
                lastText[i] = text;
                lastKind[i] = kind(text);
                lastBytes[i] = switch (lastKind[i]) {
                    case ASCII -> null;
                    case OTHER -> text.getBytes(StandardCharsets.UTF_8);
                    default -> ("\"" + text.replace("\"", "\"\"") + "\"").getBytes(StandardCharsets.UTF_8);
                };
            }
            if (lastKind[i] == ASCII) {
                putAscii(text);
            } else {
                put(lastBytes[i]);
            }
        }
        put((byte) '\r');
        put((byte) '\n');
        return this;
    }

    byte[] bytes() {
        return Arrays.copyOf(out, length);
    }

    private static final int ASCII = 0;
    private static final int OTHER = 1;
    private static final int QUOTED = 2;

    /** Whether a cell must be quoted, else whether it is plain ASCII: one pass over its characters. */
    private static int kind(String text) {
        int kind = ASCII;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return QUOTED;
            }
            if (c >= 0x80) {
                kind = OTHER;
            }
        }
        return kind;
    }

    /** ASCII's UTF-8 bytes are its characters' low bytes: copied without a new array (most cells are ASCII). */
    @SuppressWarnings("deprecation")
    private void putAscii(String text) {
        room(text.length());
        text.getBytes(0, text.length(), out, length);
        length += text.length();
    }

    private void put(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, out, length, bytes.length);
        length += bytes.length;
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
