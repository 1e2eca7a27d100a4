package uk.councilperformance;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring application: database, importer and GraphQL API. Started by {@link Cli}. */
@SpringBootApplication
public class CouncilPerformanceApplication {

    public static void main(String[] args) {
        int code = Cli.run(args);
        // A command that started the web server returns while the server goes on serving.
        if (code != 0 || !Cli.isServing()) {
            System.exit(code);
        }
    }
}
