package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV downloads: RFC 4180 quoting, CRLF line ends, the text's own characters in UTF-8. */
class CsvTest {

    @Test
    void quotesOnlyTheCellsThatNeedItAndKeepsTheirTextExactly() {
        Csv csv = new Csv(List.of("indicator", "published_text", "note"));
        csv.row(Arrays.asList("Homes – let within 28 days", "£1,234", null));
        csv.row(List.of("Says \"yes\"", "line one\nline two", "carriage\rreturn"));
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).isEqualTo("indicator,published_text,note\r\n"
                + "Homes – let within 28 days,\"£1,234\",\r\n"
                + "\"Says \"\"yes\"\"\",\"line one\nline two\",\"carriage\rreturn\"\r\n");
    }

    @Test
    void aFileLargerThanItsFirstBufferKeepsEveryRow() {
        Csv csv = new Csv(List.of("n", "text"));
        StringBuilder expected = new StringBuilder("n,text\r\n");
        for (int i = 0; i < 2000; i++) {
            csv.row(List.of(i, "café " + i));
            expected.append(i).append(",café ").append(i).append("\r\n");
        }
        assertThat(csv.bytes()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTextRepeatedDownAColumnIsWrittenEachTimeAndTheNextTextInItsPlace() {
        String plan = "Corporate – 2019/20";
        Csv csv = new Csv(List.of("plan", "figure"));
        csv.row(List.of(plan, "£1"));
        csv.row(List.of(plan, "£1"));
        csv.row(List.of("Prosperity – 2019/20", plan));
        assertThat(new String(csv.bytes(), StandardCharsets.UTF_8)).isEqualTo("plan,figure\r\n"
                + "Corporate – 2019/20,£1\r\nCorporate – 2019/20,£1\r\nProsperity – 2019/20,Corporate – 2019/20\r\n");
    }
}
