package uk.councilperformance.publishing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled data published through the real API into a temporary folder, served by the preview server. */
final class PublishedSite implements AutoCloseable {

    final Path folder;
    final String baseUrl;
    private final RunningApi api;
    private final PreviewServer server;

    private PublishedSite(Path folder, RunningApi api, PreviewServer server, int port) {
        this.folder = folder;
        this.api = api;
        this.server = server;
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    static PublishedSite of(Path data) {
        try {
            RunningApi api = RunningApi.start(data);
            Path folder = Files.createTempDirectory("cpt-site").resolve("site");
            new SitePublisher(new SiteApi(api.url())).publish(new SiteFolder(folder), new PrintWriter(new StringWriter()));
            PreviewServer server = new PreviewServer(folder);
            int port = server.start(0);
            return new PublishedSite(folder, api, server, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return baseUrl + path;
    }

    @Override
    public void close() {
        server.stop();
        api.close();
    }
}
