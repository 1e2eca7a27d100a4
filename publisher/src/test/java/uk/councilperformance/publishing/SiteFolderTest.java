package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

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

    private static SortedMap<String, byte[]> files(String... pathsAndTexts) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }
}
