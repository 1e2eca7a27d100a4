package uk.councilperformance.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import uk.councilperformance.CouncilPerformanceApplication;
import uk.councilperformance.database.StatementCounter;
import uk.councilperformance.importing.DatasetLoader;

/** The real API, in this process, on a random loopback port, with its SQL statements counted. */
public final class BenchApi implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final StatementCounter statements;
    private final String url;

    private BenchApi(ConfigurableApplicationContext context, StatementCounter statements) {
        this.context = context;
        this.statements = statements;
        this.url = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort() + "/graphql";
    }

    public static BenchApi start(BenchDatabase database) {
        return start(database, true);
    }

    /** With the answer cache on (as the product runs) or off (every request runs its query). */
    public static BenchApi start(BenchDatabase database, boolean answerCache) {
        StatementCounter statements = new StatementCounter();
        List<String> arguments = new ArrayList<>(database.arguments());
        arguments.add("--council.answer-cache.enabled=" + answerCache);
        arguments.add("--server.address=127.0.0.1");
        arguments.add("--server.port=0");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CouncilPerformanceApplication.class)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn")
                .initializers(c -> c.getBeanFactory().addBeanPostProcessor(statements.wrapper()))
                .run(arguments.toArray(String[]::new));
        return new BenchApi(context, statements);
    }

    /** Builds (or updates) the database from a data folder, as `cpt db build` does. */
    public DatasetLoader.Result load(Path data) {
        return context.getBean(DatasetLoader.class).build(data);
    }

    public String url() {
        return url;
    }

    public StatementCounter statements() {
        return statements;
    }

    /** The database product and version the API runs on, e.g. "SQLite 3.53.2". */
    public String databaseVersion() {
        try (var connection = context.getBean(javax.sql.DataSource.class).getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (java.sql.SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
