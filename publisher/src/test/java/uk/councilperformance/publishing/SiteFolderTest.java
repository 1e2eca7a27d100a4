package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new version only when the files differ from the current one's; unchanged files linked, not written again. */
class SiteFolderTest {

    @TempDir
    Path dir;

    @Test
    void theSameFilesMakeNoNewVersionAndAnyDifferenceDoes() throws Exception {
        SiteFolder site = new SiteFolder(dir.resolve("site"));
        SiteFolder.Outcome first = site.publish(files("index.html", "home", "plans/a/index.html", "plan a"));
        assertThat(first.changed()).isTrue();
        assertThat(first.written()).isEqualTo(2);

        SiteFolder.Outcome again = site.publish(files("index.html", "home", "plans/a/index.html", "plan a"));
        assertThat(again.changed()).isFalse();
        assertThat(again.version()).isEqualTo(first.version());

        SiteFolder.Outcome fewer = site.publish(files("index.html", "home"));
        assertThat(fewer.changed()).isTrue();
        assertThat(fewer.unchanged()).isEqualTo(1);
        assertThat(Files.exists(site.path().resolve("plans/a/index.html"))).isFalse();

        SiteFolder.Outcome edited = site.publish(files("index.html", "home", "plans/a/index.html", "plan a, revised"));
        assertThat(edited.changed()).isTrue();
        assertThat(edited.written()).isEqualTo(1);
        assertThat(edited.unchanged()).isEqualTo(1);
        assertThat(Files.readString(site.path().resolve("plans/a/index.html"))).isEqualTo("plan a, revised");
        assertThat(edited.version()).isNotIn(first.version(), fewer.version());
    }

    @Test
    void filesGivenFromManyThreadsAtOnceAllArriveAndOnlyTheChangedOnesAreWritten() throws Exception {
        SiteFolder site = new SiteFolder(dir.resolve("site"));
        SiteFolder.Outcome first;
        try (SiteFolder.NewVersion version = site.newVersion()) {
            // Many files in few folders, so that threads meet making the same folder.
            IntStream.range(0, 2000).parallel().forEach(i -> version.put(path(i), bytes("page " + i)));
            first = version.commit();
        }
        assertThat(first.written()).isEqualTo(2000);
        assertThat(SiteFolder.list(site.path())).hasSize(2000);

        SiteFolder.Outcome second;
        try (SiteFolder.NewVersion version = site.newVersion()) {
            IntStream.range(0, 2000).parallel().forEach(i -> version.put(path(i), bytes(i % 100 == 7 ? "changed " + i : "page " + i)));
            second = version.commit();
        }
        assertThat(second.changed()).isTrue();
        assertThat(second.written()).isEqualTo(20);
        assertThat(second.unchanged()).isEqualTo(1980);
        for (int i : List.of(0, 7, 1999)) {
            assertThat(Files.readString(site.path().resolve(path(i)))).isEqualTo(i % 100 == 7 ? "changed " + i : "page " + i);
        }
        Path before = site.path().resolveSibling("site.versions").resolve(first.version());
        assertThat(Files.isSameFile(site.path().resolve(path(0)), before.resolve(path(0)))).isTrue();
    }

    @Test
    void aVersionClosedWithoutACommitLeavesTheSiteAsItWasAndNothingBehind() throws Exception {
        SiteFolder site = new SiteFolder(dir.resolve("site"));
        SiteFolder.Outcome first = site.publish(files("index.html", "home"));
        try (SiteFolder.NewVersion version = site.newVersion()) {
            version.put("index.html", bytes("home, half made"));
            version.put("plans/a/index.html", bytes("plan a"));
        }
        assertThat(Files.readString(site.path().resolve("index.html"))).isEqualTo("home");
        try (var left = Files.list(dir.resolve("site.versions"))) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly(first.version());
        }
    }

    @Test
    void aRendererStillRunningAfterAFailureWritesNothingAndWhatItLeftGoesAtTheNextPublish() throws Exception {
        SiteFolder site = new SiteFolder(dir.resolve("site"));
        SiteFolder.Outcome first = site.publish(files("index.html", "home"));
        SiteFolder.NewVersion failed = site.newVersion();
        failed.put("index.html", bytes("home, half made"));
        failed.close();
        assertThatThrownBy(() -> failed.put("late/index.html", bytes("too late")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is finished");
        // What a renderer on another core could still leave after the close: a folder of a version never committed.
        Path leftover = Files.createDirectories(dir.resolve("site.versions").resolve("v-unfinished.partial-1/late"));
        Files.writeString(leftover.resolve("index.html"), "too late");

        SiteFolder.Outcome second = site.publish(files("index.html", "home, revised"));
        try (var left = Files.list(dir.resolve("site.versions"))) {
            assertThat(left.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder(first.version(), second.version());
        }
        assertThat(Files.readString(site.path().resolve("index.html"))).isEqualTo("home, revised");
    }

    @Test
    void aPathGivenTwiceOrOutsideTheSiteIsRefused() {
        SiteFolder site = new SiteFolder(dir.resolve("site"));
        try (SiteFolder.NewVersion version = site.newVersion()) {
            version.put("index.html", bytes("home"));
            assertThatThrownBy(() -> version.put("index.html", bytes("home again")))
                    .hasMessageContaining("two files for one path in the site: index.html");
            assertThatThrownBy(() -> version.put("../elsewhere.html", bytes("x")))
                    .hasMessageContaining("page path escapes the site: ../elsewhere.html");
        }
        assertThat(Files.exists(site.path())).isFalse();
    }

    private static String path(int i) {
        return "pages/" + (i % 7) + "/" + i + "/index.html";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static SortedMap<String, byte[]> files(String... pathsAndTexts) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }
}
