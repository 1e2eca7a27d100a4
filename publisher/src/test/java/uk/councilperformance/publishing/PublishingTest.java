package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing from the real API: the site is rendered from the bundled data, the same data gives the same
 * bytes, an unchanged rebuild writes nothing, and the folder is replaced atomically.
 */
class PublishingTest {

    static RunningApi api;

    @TempDir
    Path work;

    @BeforeAll
    static void startApi() {
        api = RunningApi.start(BundledData.directory());
    }

    @AfterAll
    static void stopApi() {
        api.close();
    }

    @Test
    void rendersReportPagesFromTheApiWithTheirSources() throws Exception {
        SiteFolder folder = new SiteFolder(work.resolve("site"));
        SitePublisher.Summary summary = publish(folder);
        assertThat(summary.outcome().changed()).isTrue();
        String page = Files.readString(folder.path().resolve("reports/2019-09-19-cabinet-q1-2019-20/index.html"));
        assertThat(page).contains("<h1 class=\"govuk-heading-xl\">Quarter 1 Performance Report 2019/20</h1>")
                .contains("Cabinet, 19 September 2019").contains("sources/004_0db5488618e439d2.txt");
        assertThat(folder.path().resolve("assets/govuk-frontend.min.css")).exists();
        assertThat(Files.readString(folder.path().resolve("assets/govuk-frontend.min.css"))).doesNotContain("GDS Transport");
        assertThat(Files.readString(folder.path().resolve("sitemap.xml"))).contains("<loc>/reports/2019-09-19-cabinet-q1-2019-20/</loc>");
    }

    @Test
    void theSameDataGivesTheSameFilesAndAnUnchangedRebuildWritesNothing() throws Exception {
        SiteFolder first = new SiteFolder(work.resolve("a"));
        SiteFolder second = new SiteFolder(work.resolve("b"));
        publish(first);
        publish(second);
        assertThat(SiteFolder.list(first.path())).hasSizeGreaterThan(10).isEqualTo(SiteFolder.list(second.path()));
        for (String file : SiteFolder.list(first.path())) {
            assertThat(Files.readAllBytes(second.path().resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.path().resolve(file)));
        }
        SitePublisher.Summary again = publish(first);
        assertThat(again.outcome().changed()).isFalse();
        assertThat(again.outcome().written()).isZero();
        assertThat(again.describe()).contains("Nothing changed");
    }

    @Test
    void anApiThatDoesNotAnswerIsSaidSoWithItsOwnExitCodeAndTheSiteIsLeftAsItWas() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + port + "/graphql";
        for (String[] how : new String[][] {{}, {"--all-councils"}}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Path site = work.resolve("unreachable" + how.length);
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("publish", "--api", nowhere, "--out",
                    site.toString()), java.util.Arrays.stream(how)).toArray(String[]::new);
            int code = PublisherApplication.run(new PrintWriter(out), new PrintWriter(err), args);
            assertThat(code).as(err.toString()).isEqualTo(PublishCommand.API_UNAVAILABLE);
            assertThat(err.toString()).contains("the API at " + nowhere + " did not answer").contains("publish again")
                    .doesNotContain("unexpected failure");
            assertThat(site).doesNotExist();
        }
    }

    @Test
    void anAddressThatIsNotTheGraphQlEndpointIsSaidSoAndTheSiteIsLeftAsItWas() {
        String wrong = api.url().replace("/graphql", "/graphiql");
        StringWriter err = new StringWriter();
        Path site = work.resolve("wrong-endpoint");
        int code = PublisherApplication.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "publish", "--api", wrong,
                "--out", site.toString());
        assertThat(code).as(err.toString()).isEqualTo(1);
        assertThat(err.toString()).contains("the API at " + wrong + " answered HTTP ").contains("ending /graphql")
                .contains("The site folder is as it was.").doesNotContain("unexpected failure");
        assertThat(site).doesNotExist();
    }

    @Test
    void anotherRunOfThePublisherGivesTheSameBytes() throws Exception {
        // A second JVM, not a second publish in this one: an order that changes from run to run (Map.of's does) shows
        // only there, and would rewrite files whenever the data changed anywhere.
        SiteFolder here = new SiteFolder(work.resolve("here"));
        publish(here);
        Path there = work.resolve("there");
        Process publish = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PublisherApplication.class.getName(),
                "publish", "--api", api.url(), "--out", there.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(publish.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(publish.exitValue()).isZero();
        assertThat(SiteFolder.list(there)).hasSizeGreaterThan(10).isEqualTo(SiteFolder.list(here.path()));
        for (String file : SiteFolder.list(here.path())) {
            // Every file of the site is text: compared as text, a difference reads as one.
            assertThat(Files.readString(there.resolve(file))).as(file).isEqualTo(Files.readString(here.path().resolve(file)));
        }
    }

    @Test
    void aPublishWithTheSameDataRendersNothingAndAChangeInTheDataRendersAgain() throws Exception {
        SiteFolder folder = new SiteFolder(work.resolve("site"));
        assertThat(progressOf(folder)).contains("Reading from the API");
        Path version = folder.current().orElseThrow();

        String again = progressOf(folder);
        assertThat(again).as("the data version is all it asks for").doesNotContain("Reading from the API");
        assertThat(folder.current()).hasValue(version);

        Path changed = work.resolve("data");
        BundledData.copy(changed);
        Path report = changed.resolve("reports/2019-11-26-community-scrutiny-q2-2019-20.yaml");
        String text = Files.readString(report);
        assertThat(text).contains("Q2: \"123\"");
        Files.writeString(report, text.replace("Q2: \"123\"", "Q2: \"124\""));
        try {
            api.load(changed);
            StringWriter progress = new StringWriter();
            SitePublisher.Summary summary = new SitePublisher(new SiteApi(api.url())).publish(folder, new PrintWriter(progress));
            assertThat(progress.toString()).contains("Reading from the API");
            assertThat(summary.outcome().changed()).isTrue();
            assertThat(summary.outcome().written()).isPositive().isLessThan(summary.outcome().files());
            assertThat(Files.readAllLines(folder.path().resolve("data/indicator-figures.csv")))
                    .anyMatch(line -> line.contains("Number of fly tipping incidents,Q2,124,"));
        } finally {
            api.load(BundledData.directory());
        }
        assertThat(progressOf(folder)).contains("Reading from the API");
    }

    private static String progressOf(SiteFolder folder) {
        StringWriter progress = new StringWriter();
        new SitePublisher(new SiteApi(api.url())).publish(folder, new PrintWriter(progress));
        return progress.toString();
    }

    @Test
    void aChangedPageIsRewrittenAndTheRestAreKeptAsTheyWere() throws Exception {
        SiteFolder folder = new SiteFolder(work.resolve("site"));
        SortedMap<String, byte[]> files = new TreeMap<>(Map.of(
                "index.html", bytes("home"), "a/index.html", bytes("a"), "b/index.html", bytes("b")));
        folder.publish(files);
        Path before = folder.current().orElseThrow();
        files.put("b/index.html", bytes("b changed"));
        SiteFolder.Outcome outcome = folder.publish(files);
        assertThat(outcome.written()).isEqualTo(1);
        assertThat(outcome.unchanged()).isEqualTo(2);
        Path after = folder.current().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        // Unchanged files are the same file on disk (hard links), not copies.
        assertThat(Files.isSameFile(after.resolve("a/index.html"), before.resolve("a/index.html"))).isTrue();
        assertThat(Files.readString(folder.path().resolve("b/index.html"))).isEqualTo("b changed");
    }

    @Test
    void aFailedPublishLeavesThePreviousSiteIntact() throws Exception {
        SiteFolder folder = new SiteFolder(work.resolve("site"));
        folder.publish(new TreeMap<>(Map.of("index.html", bytes("the published site"))));
        SortedMap<String, byte[]> bad = new TreeMap<>(Map.of("index.html", bytes("new"), "../escape.html", bytes("x")));
        assertThatThrownBy(() -> folder.publish(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(folder.path().resolve("index.html"))).isEqualTo("the published site");
    }

    @Test
    void refusesToReplaceAFolderItDidNotPublish() throws Exception {
        Path existing = Files.createDirectories(work.resolve("someone-elses"));
        Files.writeString(existing.resolve("keep.txt"), "precious");
        SiteFolder folder = new SiteFolder(existing);
        assertThatThrownBy(() -> folder.publish(new TreeMap<>(Map.of("index.html", bytes("x")))))
                .hasMessageContaining("not a site published by this tool");
        assertThat(Files.readString(existing.resolve("keep.txt"))).isEqualTo("precious");
    }

    private static SitePublisher.Summary publish(SiteFolder folder) {
        return new SitePublisher(new SiteApi(api.url())).publish(folder, new PrintWriter(new StringWriter()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
