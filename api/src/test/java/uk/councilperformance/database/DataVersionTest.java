package uk.councilperformance.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import uk.councilperformance.TemporaryFolders;

/** The data version read by many requests at once, while the data changes: always a whole, current token. */
@SpringBootTest
class DataVersionTest {

    static final Path folder = TemporaryFolders.create("data-version");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("council.database", () -> folder.resolve("version.db").toString());
    }

    @Autowired
    DataVersion version;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void concurrentReadsEachGetAWholeTokenThatWasCurrent() throws Exception {
        Set<String> written = ConcurrentHashMap.newKeySet();
        written.add(version.current());
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> readers = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                readers.add(threads.submit(() -> {
                    List<String> seen = new ArrayList<>();
                    for (int i = 0; i < 20_000; i++) {
                        seen.add(version.current());
                    }
                    return seen;
                }));
            }
            Future<?> writer = threads.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    transaction.executeWithoutResult(status -> version.changed());
                    written.add(version.current());
                }
            });
            writer.get();
            for (Future<List<String>> reader : readers) {
                assertThat(reader.get()).allSatisfy(token -> assertThat(token).isNotNull().isIn(written));
            }
        } finally {
            threads.shutdownNow();
        }
        String last = version.current();
        assertThat(version.current()).isEqualTo(last);
    }
}
