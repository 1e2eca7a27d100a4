package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cpt preview` and `cpt start` on a site port another process holds name the port, as `cpt serve` does. */
class PreviewCommandTest {

    @TempDir
    Path work;

    @Test
    void aPortAlreadyInUseIsNamed() throws Exception {
        Path site = Files.createDirectories(work.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!doctype html><title>x</title>");
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            StringWriter err = new StringWriter();
            int code = PublisherApplication.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "preview", "--port",
                    String.valueOf(taken.getLocalPort()), "--site", site.toString());
            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains("error: port " + taken.getLocalPort() + " is already in use")
                    .doesNotContain("unexpected failure");
        }
    }

    @Test
    void startChecksTheSitesPortBeforeBuildingOrPublishingAnything() throws Exception {
        Path database = work.resolve("council.db");
        Path site = work.resolve("site");
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            StringWriter err = new StringWriter();
            int code = PublisherApplication.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "start",
                    "--data", System.getProperty("council.data"), "--database", database.toString(), "--port", "0",
                    "--site-port", String.valueOf(taken.getLocalPort()), "--out", site.toString());
            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains("error: port " + taken.getLocalPort() + " is already in use");
            assertThat(database).doesNotExist();
            assertThat(site).doesNotExist();
        }
    }
}
