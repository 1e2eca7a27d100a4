package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import uk.councilperformance.benchmark.SyntheticReports;

/**
 * A national site's publish: every council's site at once, each in its own folder, each the same bytes as that
 * council published alone.
 */
class AllCouncilsPublishingTest {

    @TempDir
    static Path data;

    static RunningApi api;

    @TempDir
    Path work;

    @BeforeAll
    static void startApi() throws Exception {
        BundledData.copy(data);
        // Synthetic councils (test data, never real) beside the bundled one.
        SyntheticReports.write(data, data.resolve("rating-schemes.yaml"), 2, 1, 3);
        api = RunningApi.start(data);
    }

    @AfterAll
    static void stopApi() {
        api.close();
    }

    @Test
    void everyCouncilIsPublishedIntoItsOwnFolderAsItWouldBeAlone() throws Exception {
        SitePublisher publisher = new SitePublisher(new SiteApi(api.url()));
        StringWriter progress = new StringWriter();
        SitePublisher.Summary all = publisher.publishAll(work.resolve("all"), new PrintWriter(progress));

        List<String> slugs = List.of("cannock-chase", "synthetic-001", "synthetic-002");
        int pages = 0;
        int files = 0;
        for (String slug : slugs) {
            assertThat(progress.toString()).contains(slug + ": Published");
            SiteFolder alone = new SiteFolder(work.resolve("alone-" + slug));
            SitePublisher.Summary one = publisher.publish(alone, new PrintWriter(new StringWriter()), slug);
            pages += one.pages();
            files += one.outcome().files();
            Path published = work.resolve("all").resolve(slug);
            assertThat(SiteFolder.list(published)).as(slug).hasSizeGreaterThan(10).isEqualTo(SiteFolder.list(alone.path()));
            for (String file : SiteFolder.list(alone.path())) {
                assertThat(Files.readAllBytes(published.resolve(file))).as(slug + "/" + file)
                        .isEqualTo(Files.readAllBytes(alone.path().resolve(file)));
            }
        }
        assertThat(Files.readString(work.resolve("all/synthetic-002/index.html"))).contains("Synthetic");
        assertThat(all.pages()).isEqualTo(pages);
        assertThat(all.outcome().files()).isEqualTo(files);
        assertThat(all.outcome().written()).isEqualTo(files);

        SitePublisher.Summary again = publisher.publishAll(work.resolve("all"), new PrintWriter(new StringWriter()));
        assertThat(again.outcome().changed()).isFalse();
        assertThat(again.outcome().written()).isZero();
        assertThat(again.describe()).contains("Nothing changed");
    }

    @Test
    void aCouncilsImportRendersThatCouncilsSiteAloneAndTheOthersAreLeftAsTheyWere() throws Exception {
        SitePublisher publisher = new SitePublisher(new SiteApi(api.url()));
        Path root = work.resolve("national");
        SitePublisher.Summary first = publisher.publishAll(root, new PrintWriter(new StringWriter()));
        assertThat(first.rendered()).isEqualTo(first.pages());
        SitePublisher.Summary bundledAlone = publisher.publish(new SiteFolder(work.resolve("bundled-alone")),
                new PrintWriter(new StringWriter()), "cannock-chase");
        byte[] otherHome = Files.readAllBytes(root.resolve("synthetic-001/index.html"));
        byte[] figures = Files.readAllBytes(root.resolve("cannock-chase/data/indicator-figures.csv"));

        // One figure of one bundled report, imported as an officer's corrected file would be.
        Path report = data.resolve("reports/2018-06-14-cabinet-end-of-year-2017-18.yaml");
        String original = Files.readString(report);
        assertThat(original).contains("Q1: \"123\"");
        Files.writeString(report, original.replaceFirst("Q1: \"123\"", "Q1: \"124\""));
        try {
            api.load(data);
            StringWriter progress = new StringWriter();
            SitePublisher.Summary after = publisher.publishAll(root, new PrintWriter(progress));

            assertThat(after.rendered()).as("only the bundled council's pages are rendered again").isEqualTo(bundledAlone.pages());
            assertThat(after.outcome().written()).isPositive();
            assertThat(progress.toString()).containsPattern("synthetic-001: .*Nothing read or rendered")
                    .containsPattern("synthetic-002: .*Nothing read or rendered")
                    .doesNotContainPattern("cannock-chase: .*Nothing read or rendered");
            assertThat(Files.readAllBytes(root.resolve("synthetic-001/index.html"))).isEqualTo(otherHome);
            assertThat(Files.readAllBytes(root.resolve("cannock-chase/data/indicator-figures.csv"))).isNotEqualTo(figures);
        } finally {
            Files.writeString(report, original);
            api.load(data);
        }
    }

    @Test
    void theCommandLinePublishesEveryCouncilOrRefusesToBeToldBoth() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new PublishCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int code = cli.execute("--api", api.url(), "--all-councils", "--out", work.resolve("site").toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("cannock-chase: Published").contains("synthetic-001: Published")
                .contains("synthetic-002: Published");
        assertThat(out.toString()).contains("Site folder: " + work.resolve("site"));
        assertThat(work.resolve("site/synthetic-001/index.html")).exists();
        assertThat(work.resolve("site/cannock-chase/index.html")).exists();

        int refused = cli.execute("--api", api.url(), "--all-councils", "--council", "cannock-chase", "--out",
                work.resolve("other").toString());
        assertThat(refused).isEqualTo(2);
        assertThat(err.toString()).contains("either --council or --all-councils");
        assertThat(work.resolve("other")).doesNotExist();
    }
}
