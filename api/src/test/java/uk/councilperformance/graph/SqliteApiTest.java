package uk.councilperformance.graph;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.councilperformance.TemporaryFolders;

/** The API on a real SQLite file (the embedded default). */
class SqliteApiTest extends ApiChecks {

    static final Path folder = TemporaryFolders.create("api");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("council.database", () -> folder.resolve("api.db").toString());
    }

    @org.springframework.beans.factory.annotation.Autowired
    uk.councilperformance.search.TextMatch textMatch;

    /** Search reads the trigram index and then only the rows it found, never every piece of text. */
    @org.junit.jupiter.api.Test
    void searchIsAnsweredFromTheTrigramIndex() {
        var condition = textMatch.in("filter.text", "homeless", "i.id", "indicator");
        java.util.List<String> plan = db.sql("EXPLAIN QUERY PLAN SELECT i.id FROM indicator i WHERE " + condition.sql())
                .param("text", condition.text()).query((rs, n) -> rs.getString("detail")).list();
        org.assertj.core.api.Assertions.assertThat(plan).anyMatch(step -> step.contains("VIRTUAL TABLE"))
                .noneMatch(step -> step.startsWith("SCAN s")).noneMatch(step -> step.contains("search_text_owner"));
    }
}
