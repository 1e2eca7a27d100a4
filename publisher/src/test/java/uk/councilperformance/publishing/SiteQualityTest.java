package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Over the whole built site: every page is valid HTML and every internal link and asset resolves. */
class SiteQualityTest {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"#?]*)[^\"]*\"");

    static PublishedSite site;
    static List<String> files;

    @BeforeAll
    static void publish() throws Exception {
        site = PublishedSite.of(BundledData.directory());
        files = SiteFolder.list(site.folder);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String file : files) {
            if (!file.endsWith(".html")) {
                continue;
            }
            pages++;
            byte[] html = Files.readAllBytes(site.folder.resolve(file));
            String report = validator.validate(new ByteArrayInputStream(html));
            // The validator's text ends with a completion line; any error or warning is a problem.
            if (report != null && (report.contains("Error:") || report.contains("Warning:"))) {
                problems.add(file + ":\n" + report);
            }
        }
        assertThat(pages).isGreaterThan(5);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyInternalLinkAndAssetResolves() throws Exception {
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (String file : files) {
            if (!file.endsWith(".html")) {
                continue;
            }
            String html = Files.readString(site.folder.resolve(file), StandardCharsets.UTF_8);
            Matcher m = LINK.matcher(html);
            while (m.find()) {
                links++;
                String target = m.group(1).substring(1);
                Path resolved = site.folder.resolve(target);
                boolean ok = target.isEmpty() || target.endsWith("/")
                        ? Files.isRegularFile(site.folder.resolve(target + "index.html"))
                        : Files.isRegularFile(resolved);
                if (!ok) {
                    broken.add(file + " -> /" + target);
                }
            }
        }
        assertThat(links).isGreaterThan(20);
        assertThat(broken).isEmpty();
    }
}
