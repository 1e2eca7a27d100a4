package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/**
 * The renderer's own ways of reading map entries and escaping text give what Pebble's stock resolver and "html"
 * strategy give. (Templates for these checks are in the test resources' site/templates/tests.)
 */
class PageRendererTest {

    private final PageRenderer renderer = new PageRenderer(Map.of("name", "Site", "council", "Council"));

    @Test
    void everyCharacterIsEscapedAsPebblesStockStrategyEscapesIt() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            String text = "a" + one + "b" + one;
            assertThat(HtmlText.escape(text)).as("U+%04X", c).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
        }
        for (String text : List.of("", "<script>alert('x')</script>", "Fish & chips \"quoted\"", "café – 😀 <b>", "&amp;",
                "plain text with nothing to escape")) {
            assertThat(HtmlText.escape(text)).as(text).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
        }
    }

    @Test
    void textWithNothingToEscapeIsGivenBackAsItCame() {
        String text = "Number of fly-tipping incidents – 2019/20";
        assertThat(HtmlText.escape(text)).isSameAs(text);
    }

    @Test
    void mapEntriesRecordComponentsAndListItemsAreReadAndEscaped() {
        Map<String, Object> row = new HashMap<>();
        row.put("name", "<b>Bins</b> & \"recycling\"");
        row.put("count", 12);
        row.put("blank", null);
        Page page = new Page("x/", "tests/attributes", "It's a title", Map.of("row", row, "items", List.of("zero", "<one>")));
        assertThat(renderer.render(page).strip()).isEqualTo(
                "&lt;b&gt;Bins&lt;/b&gt; &amp; &quot;recycling&quot;|12||It&#39;s a title|&lt;one&gt;|<literal>");
    }

    @Test
    void bothBranchesOfAChoiceAreEscapedAndAMacrosOutputIsEscapedOnce() {
        Page page = new Page("x/", "tests/branches", "Branches",
                Map.of("yes", true, "no", false, "row", Map.of("name", "<b>A & B</b>")));
        assertThat(renderer.render(page).strip()).isEqualTo("&lt;b&gt;A &amp; B&lt;/b&gt;|&lt;b&gt;A &amp; B&lt;/b&gt;"
                + "|<strong class=\"govuk-tag\">&lt;b&gt;A &amp; B&lt;/b&gt;</strong>|&lt;b&gt;A &amp; B&lt;/b&gt;");
    }

    @Test
    void aMissingMapKeyIsAnErrorNamingItAndTheTemplate() {
        Page page = new Page("x/", "tests/missing", "Missing", Map.of("row", Map.of("name", "Bins")));
        assertThatThrownBy(() -> renderer.render(page))
                .hasMessageContaining("nothere")
                .hasMessageContaining("tests/missing");
    }

    @Test
    void aPagesBytesAreItsTextInUtf8() {
        Page page = new Page("x/", "tests/attributes", "Café – 😀",
                Map.of("row", Map.of("name", "é", "count", 1, "blank", ""), "items", List.of("a", "b")));
        byte[] bytes = renderer.renderBytes(page);
        assertThat(Arrays.equals(bytes, renderer.render(page).getBytes(java.nio.charset.StandardCharsets.UTF_8))).isTrue();
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("Café – 😀");
    }
}
