package uk.councilperformance.publishing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import uk.councilperformance.json.ByteOutput;

/** RFC 4180 CSV, UTF-8 with CRLF line ends; every cell quoted when it needs to be, text kept exactly. */
final class Csv {

    // The file's bytes as the rows are added: a national publish writes 35 MB of CSV.
    private final ByteOutput out = new ByteOutput();

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
                out.put((byte) ',');
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
                out.ascii(text);
            } else {
                out.put(lastBytes[i]);
            }
        }
        out.put((byte) '\r');
        out.put((byte) '\n');
        return this;
    }

    byte[] bytes() {
        return out.bytes();
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
}
