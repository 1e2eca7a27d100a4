package uk.councilperformance.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * One query of the journalist mix: a GraphQL document kept as a file in bench-queries/, its description and
 * variables taken from the file's header comments ("# variables: {...}").
 */
public record JournalistQuery(String name, String description, String document, Map<String, Object> variables) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FOLDER = "bench-queries/";

    /** The fixed mix, in the order of bench-queries/mix.txt. */
    public static List<JournalistQuery> mix() {
        List<JournalistQuery> mix = new ArrayList<>();
        for (String name : read("mix.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            mix.add(of(name, read(name + ".graphql")));
        }
        return mix;
    }

    @SuppressWarnings("unchecked")
    static JournalistQuery of(String name, String document) {
        StringBuilder description = new StringBuilder();
        Map<String, Object> variables = Map.of();
        for (String line : document.lines().takeWhile(l -> l.startsWith("#")).toList()) {
            String text = line.substring(1).strip();
            if (text.startsWith("variables:")) {
                variables = JSON.readValue(text.substring("variables:".length()), Map.class);
            } else {
                description.append(description.isEmpty() ? "" : " ").append(text);
            }
        }
        return new JournalistQuery(name, description.toString(), document, variables);
    }

    /** The HTTP request body: {"query": ..., "variables": ...}. */
    public String requestBody() {
        return requestBody(variables);
    }

    /** The HTTP request body asking this query with other variables. */
    public String requestBody(Map<String, Object> variables) {
        return JSON.writeValueAsString(Map.of("query", document, "variables", variables));
    }

    private static String read(String file) {
        try (InputStream in = JournalistQuery.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
