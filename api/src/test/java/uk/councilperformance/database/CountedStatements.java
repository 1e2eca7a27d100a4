package uk.councilperformance.database;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Imported by a test to count the SQL statements the application runs (one counter per JVM, read as differences). */
@TestConfiguration
public class CountedStatements {

    public static final StatementCounter statements = new StatementCounter();

    @Bean
    static BeanPostProcessor countStatements() {
        return statements.wrapper();
    }
}
