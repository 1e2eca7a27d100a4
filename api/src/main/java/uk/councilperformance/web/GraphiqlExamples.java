package uk.councilperformance.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The saved example queries offered on the GraphiQL page, read once from
 * {@code graphiql/examples/*.graphql} on the classpath. A file's first {@code #} comment is its title;
 * a leading number in the file name only sets the order.
 */
public class GraphiqlExamples {

    static final String LOCATION = "classpath*:graphiql/examples/*.graphql";

    /** One saved query: name (for links), title (for people) and the query text as written. */
    public record Example(String name, String title, String query) {
    }

    private final List<Example> examples;

    public GraphiqlExamples() {
        this.examples = load();
    }

    public List<Example> all() {
        return examples;
    }

    private static List<Example> load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(files)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(GraphiqlExamples::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the GraphiQL examples at " + LOCATION, e);
        }
    }

    private static Example read(Resource file) {
        String fileName = file.getFilename();
        try {
            String query = file.getContentAsString(StandardCharsets.UTF_8);
            String name = fileName.replaceFirst("\\.graphql$", "").replaceFirst("^\\d+-", "");
            return new Example(name, title(query, name), query);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the GraphiQL example " + fileName, e);
        }
    }

    private static String title(String query, String name) {
        return query.lines()
                .map(String::strip)
                .filter(line -> line.startsWith("#"))
                .map(line -> line.substring(1).strip())
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse(name);
    }
}
