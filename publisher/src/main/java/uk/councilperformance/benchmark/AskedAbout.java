package uk.councilperformance.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything in one data set a journalist could ask the mix's queries about, read from the API over GraphQL: every
 * council, every plan of every year, every indicator with a word of its name, and those words. With the answer cache
 * on, asking the same six questions again and again would measure one kept answer each; asking about the whole data
 * set measures the cache as journalists would meet it, answers not yet kept (or pushed out by others) included.
 *
 * <p>A query is given the variable sets that match the names of the variables in its file: {@code council};
 * {@code council, year, plan}; {@code council, year, plan, text} (an indicator found by a word of its name in its
 * plan); or {@code text} (a word of some indicator's name). Its file's own variables come first.
 */
final class AskedAbout {

    /** Words of four letters or more; the longest of a name is the one a journalist would search for. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String PLANS = "query($after: String) { plans(first: 100, after: $after) { pageInfo { hasNextPage "
            + "endCursor } edges { node { key financialYear council { slug } } } } }";
    private static final String INDICATORS = "query($after: String) { indicators(first: 100, after: $after) { pageInfo { "
            + "hasNextPage endCursor } edges { node { name plan { key financialYear council { slug } } } } } }";

    private final List<Map<String, Object>> councils = new ArrayList<>();
    private final List<Map<String, Object>> plans = new ArrayList<>();
    private final List<Map<String, Object>> indicators = new ArrayList<>();
    private final List<Map<String, Object>> words = new ArrayList<>();

    private AskedAbout() {
    }

    /** Reads the data set behind the API at this URL. */
    static AskedAbout read(URI url) {
        AskedAbout asked = new AskedAbout();
        try (PlainHttpClient http = new PlainHttpClient(url)) {
            for (JsonNode council : ask(http, url, "{ councils { slug } }", null).path("councils")) {
                asked.councils.add(Map.of("council", council.path("slug").asString()));
            }
            for (JsonNode plan : every(http, url, PLANS, "plans")) {
                asked.plans.add(planOf(plan));
            }
            Set<String> seen = new LinkedHashSet<>();
            for (JsonNode indicator : every(http, url, INDICATORS, "indicators")) {
                String word = longestWord(indicator.path("name").asString());
                if (word != null) {
                    Map<String, Object> variables = new LinkedHashMap<>(planOf(indicator.path("plan")));
                    variables.put("text", word);
                    asked.indicators.add(variables);
                    if (seen.add(word)) {
                        asked.words.add(Map.of("text", word));
                    }
                }
            }
        }
        return asked;
    }

    /** The variable sets this query is asked with: its file's own first, then every other the data holds. */
    List<Map<String, Object>> variablesFor(JournalistQuery query) {
        List<Map<String, Object>> all = switch (String.join(",", new java.util.TreeSet<>(query.variables().keySet()))) {
            case "council" -> councils;
            case "council,plan,year" -> plans;
            case "council,plan,text,year" -> indicators;
            case "text" -> words;
            default -> List.of();
        };
        List<Map<String, Object>> sets = new ArrayList<>();
        sets.add(query.variables());
        all.stream().filter(v -> !v.equals(query.variables())).forEach(sets::add);
        return sets;
    }

    /** The longest word of four letters or more in a name, lower-cased; null if it has none. */
    static String longestWord(String name) {
        String longest = null;
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            if (longest == null || m.group().length() > longest.length()) {
                longest = m.group();
            }
        }
        return longest == null ? null : longest.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> planOf(JsonNode plan) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("council", plan.path("council").path("slug").asString());
        variables.put("year", plan.path("financialYear").asString());
        variables.put("plan", plan.path("key").asString());
        return variables;
    }

    /** Every node of a connection, page after page. */
    private static List<JsonNode> every(PlainHttpClient http, URI url, String query, String field) {
        List<JsonNode> nodes = new ArrayList<>();
        String after = null;
        do {
            JsonNode connection = ask(http, url, query, after).path(field);
            connection.path("edges").forEach(e -> nodes.add(e.path("node")));
            after = connection.path("pageInfo").path("hasNextPage").asBoolean() ? connection.path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);
        return nodes;
    }

    private static JsonNode ask(PlainHttpClient http, URI url, String query, String after) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (after != null) {
            body.put("variables", Map.of("after", after));
        }
        try {
            EventLoopClients.Response response = http.send(PlainHttpClient.post(url, JSON.writeValueAsString(body)));
            JsonNode answer = JSON.readTree(response.body());
            if (response.status() != 200 || answer.has("errors")) {
                throw new IllegalStateException("the API did not say what the data holds (HTTP " + response.status() + "): "
                        + answer.path("errors").path(0).path("message").asString());
            }
            return answer.path("data");
        } catch (IOException e) {
            throw new UncheckedIOException("the API did not say what the data holds", e);
        }
    }
}
