package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile council text (script tags, event handlers, javascript: URLs, broken markup, template syntax) goes
 * through import, the API and the publisher, and comes out as text in every page, the feed and every download.
 */
class HostileTextTest {

    static final String HOSTILE = "<script>alert(\"x\")</script><img src=x onerror=alert(1)>"
            + "<a href=\"javascript:alert(1)\">j</a></td></tr></table><b>{{ 7*7 }}{% if %}]]><!-- ";
    static final String ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";

    static Path folder;
    static RunningApi api;
    static List<String> files;

    @BeforeAll
    static void publishHostileReport() throws Exception {
        Path data = BundledData.copy(Files.createTempDirectory("cpt-hostile").resolve("data"));
        Path report = data.resolve("reports/2019-11-26-community-scrutiny-q2-2019-20.yaml");
        String yaml = HOSTILE.replace("\\", "\\\\").replace("\"", "\\\"");
        String text = Files.readString(report)
                .replace("  title: \"Quarter 2 2019/20 ", "  title: \"" + yaml + "Quarter 2 2019/20 ")
                .replace("- name: \"Number of good news stories", "- name: \"" + yaml + "Number of good news stories")
                .replace("name: \"Review of compliance and enforcement", "name: \"" + yaml + "Review of compliance and enforcement")
                .replace("comment: \"The Stoke & Staffordshire", "comment: \"" + yaml + "The Stoke & Staffordshire")
                .replace("- title: \"Delivery of actions for Q2\"", "- title: \"" + yaml + "Delivery of actions for Q2\"");
        assertThat(text.split(java.util.regex.Pattern.quote(yaml), -1)).as("hostile text placed 5 times").hasSize(6);
        Files.writeString(report, text);
        api = RunningApi.start(data);
        folder = Files.createTempDirectory("cpt-hostile-site").resolve("site");
        new SitePublisher(new SiteApi(api.url())).publish(new SiteFolder(folder), new PrintWriter(new StringWriter()));
        files = SiteFolder.list(folder);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void everyPageShowsItAsTextAndStaysValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
        List<String> showing = new ArrayList<>();
        for (String file : files) {
            if (!file.endsWith(".html")) {
                continue;
            }
            String html = Files.readString(folder.resolve(file));
            assertThat(html).as(file).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .doesNotContain("href=\"javascript:").doesNotContain("<b>{{").doesNotContain("]]><!--");
            if (html.contains(ESCAPED)) {
                showing.add(file);
                assertThat(html).as("template syntax in council text is not evaluated").contains("{{ 7*7 }}{% if %}");
                String report = validator.validate(new ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                assertThat(report).as(file).doesNotContain("Error:");
            }
        }
        // the report, plan, theme, project, indicator, quarter, home and search pages among them
        assertThat(showing).contains("index.html", "reports/index.html", "search/index.html", "quarters/2019-20-q2/index.html",
                "reports/2019-11-26-community-scrutiny-q2-2019-20/index.html").hasSizeGreaterThan(8);
    }

    @Test
    void theFeedAndEveryDownloadCarryItAsText() throws Exception {
        var feed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(folder.resolve("feed.xml").toFile());
        assertThat(feed.getDocumentElement().getTextContent()).contains(HOSTILE);
        JsonMapper json = JsonMapper.builder().build();
        int downloads = 0;
        for (String file : files) {
            if (file.endsWith(".json")) {
                String text = json.readTree(Files.readString(folder.resolve(file))).toString();
                if (text.contains(json.writeValueAsString(HOSTILE).replaceAll("^\"|\"$", ""))) {
                    downloads++;
                }
            } else if (file.endsWith(".csv") && Files.readString(folder.resolve(file)).contains(HOSTILE.replace("\"", "\"\""))) {
                downloads++;
            }
        }
        assertThat(downloads).isGreaterThanOrEqualTo(4);
        assertThat(Files.readString(folder.resolve("data/indicator-figures.csv")))
                .contains("\"" + HOSTILE.replace("\"", "\"\"") + "Number of good news stories");
    }
}
