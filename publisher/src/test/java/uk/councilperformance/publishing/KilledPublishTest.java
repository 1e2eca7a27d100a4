package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.councilperformance.benchmark.SyntheticReports;

/**
 * kill -9 while publishing, at many moments: the published folder is always a whole site, either the
 * previous one or the new one, never a mixture or a half-written file.
 */
class KilledPublishTest {

    static RunningApi small;
    static RunningApi large;

    @TempDir
    static Path work;

    @BeforeAll
    static void startTwoApis() {
        small = RunningApi.start(BundledData.directory());
        Path synthetic = work.resolve("synthetic");
        // One council (a site is one council's), over enough years that publishing it takes a while.
        SyntheticReports.write(synthetic, BundledData.directory().resolve("rating-schemes.yaml"), 1, 8, 11);
        large = RunningApi.start(synthetic);
    }

    @AfterAll
    static void stop() {
        small.close();
        large.close();
    }

    @Test
    void theSiteIsAlwaysTheOldOneOrTheNewOne() throws Exception {
        Path site = work.resolve("site");
        publishInProcess(small, site);
        Set<String> oldSite = Set.copyOf(contents(site));
        Path reference = work.resolve("reference");
        publishInProcess(large, reference);
        Set<String> newSite = Set.copyOf(contents(reference));
        assertThat(newSite).isNotEqualTo(oldSite);

        int killedMidway = 0;
        for (int attempt = 0; attempt < 6; attempt++) {
            Process publish = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), PublisherApplication.class.getName(),
                    "publish", "--api", large.url(), "--out", site.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(400L + 350L * attempt);
            if (publish.isAlive()) {
                killedMidway++;
            }
            publish.destroyForcibly();
            assertThat(publish.waitFor(30, TimeUnit.SECONDS)).isTrue();
            Set<String> now = Set.copyOf(contents(site));
            assertThat(now.equals(oldSite) || now.equals(newSite)).as("after kill %d the site is whole", attempt).isTrue();
            if (now.equals(newSite)) {
                // Published before the kill: start again from the old site.
                publishInProcess(small, site);
            }
        }
        assertThat(killedMidway).as("some kills landed while publishing").isPositive();
    }

    private static void publishInProcess(RunningApi api, Path site) {
        new SitePublisher(new SiteApi(api.url())).publish(new SiteFolder(site), new java.io.PrintWriter(java.io.Writer.nullWriter()));
    }

    /** Every file with its content hash, so that a half-written file shows. */
    private static List<String> contents(Path site) throws Exception {
        List<String> all = new ArrayList<>();
        for (String file : SiteFolder.list(site)) {
            all.add(file + " " + uk.councilperformance.reports.Sha256.of(site.resolve(file)));
        }
        return all;
    }
}
