package uk.councilperformance.publishing;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** RFC 4180 CSV, UTF-8 with CRLF line ends; every cell quoted when it needs to be, text kept exactly. */
final class Csv {

    private final StringBuilder out = new StringBuilder(4096);

    Csv(List<String> header) {
        row(header);
    }

    Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells.get(i);
            String text = cell == null ? "" : cell.toString();
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        out.append("\r\n");
        return this;
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
