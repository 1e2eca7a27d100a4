package uk.councilperformance.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import uk.councilperformance.CouncilPerformanceApplication;
import uk.councilperformance.importing.Dataset;
import uk.councilperformance.importing.DatasetLoader;

/** The real API on a random port, over a real SQLite file built from a data folder: what the publisher talks to. */
final class RunningApi implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String url;

    private RunningApi(ConfigurableApplicationContext context) {
        this.context = context;
        this.url = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort() + "/graphql";
    }

    static RunningApi start(Path data) {
        try {
            Path folder = Files.createTempDirectory("cpt-site-api");
            ConfigurableApplicationContext context = new SpringApplicationBuilder(CouncilPerformanceApplication.class)
                    .properties("spring.main.banner-mode=off", "logging.level.root=warn")
                    .run("--council.database=" + folder.resolve("site.db"), "--server.port=0");
            context.getBean(DatasetLoader.class).load(Dataset.read(data));
            return new RunningApi(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return url;
    }

    /** Stores a data folder's reports, as `cpt db build` would. */
    void load(Path data) {
        context.getBean(DatasetLoader.class).load(Dataset.read(data));
    }

    @Override
    public void close() {
        context.close();
    }
}
