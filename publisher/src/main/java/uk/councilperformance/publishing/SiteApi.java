package uk.councilperformance.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.GraphQlClient;

/**
 * The publisher's only way to the data: the public GraphQL API over HTTP, with the documents kept as
 * files in graphql-documents/ (the same queries a journalist could run). Answers are kept as the plain
 * maps and lists the API returned, in the API's order.
 */
public class SiteApi {

    /** The API answered one of the site's queries with errors (or no data): the publisher cannot go on. */
    public static final class Refused extends IllegalStateException {
        Refused(String message) {
            super(message);
        }
    }

    private final GraphQlClient graphQl;

    public SiteApi(String url) {
        // Spring's GraphQL client over the JDK's own HttpURLConnection (SiteTransport), not its HttpClient: the site
        // reads from an http address, and HttpClient sets up TLS and a selector thread first (a third of a publish
        // with nothing to do), then passes every answer through that thread in small buffers.
        this.graphQl = SiteTransport.client(url);
    }

    /**
     * A request for one of the documents in graphql-documents/, given as text rather than by name: the client's own
     * lookup by name goes through a chain of reactive operators each time, loading a few hundred of their classes.
     */
    private GraphQlClient.RequestSpec request(String documentName) {
        return graphQl.document(DOCUMENTS.computeIfAbsent(documentName, SiteApi::document));
    }

    private static final Map<String, String> DOCUMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every council in the database: slug, name and the version of its data (see Council.dataVersion), by slug. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> councils() {
        return (List<Map<String, Object>>) data(request("site-councils").executeSync(), "councils").get("councils");
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> reports(String council) {
        return (List<Map<String, Object>>) data(request("site-reports").variable("council", council).executeSync(),
                "reports").get("reports");
    }

    /**
     * The answer's data as the client decoded it. (A field's toEntity would encode it to JSON and decode it again,
     * which for a council's plans cost as much as reading them.)
     */
    private static Map<String, Object> data(ClientGraphQlResponse response, String what) {
        if (!response.getErrors().isEmpty() || response.getData() == null) {
            throw new Refused("refused the " + what + " query: " + response.getErrors());
        }
        return response.getData();
    }

    /** The financial years the council has plans for, oldest first (as the API orders plans). */
    public List<String> planYears(String council) {
        List<String> years = new ArrayList<>();
        for (Map<String, Object> plan : pages("site-plan-years", council, null)) {
            String year = (String) plan.get("financialYear");
            if (!years.contains(year)) {
                years.add(year);
            }
        }
        return years;
    }

    /** Every plan of one year, a page of the API's connection at a time. */
    public List<Map<String, Object>> plans(String council, String year) {
        return pages("site-plans", council, year);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> pages(String document, String council, String year) {
        List<Map<String, Object>> plans = new ArrayList<>();
        String after = null;
        while (true) {
            var request = request(document).variable("council", council).variable("after", after);
            ClientGraphQlResponse response = (year == null ? request : request.variable("year", year)).executeSync();
            Map<String, Object> page = (Map<String, Object>) data(response, "plans").get("plans");
            for (Object edge : (List<?>) page.get("edges")) {
                plans.add((Map<String, Object>) ((Map<?, ?>) edge).get("node"));
            }
            Map<?, ?> info = (Map<?, ?>) page.get("pageInfo");
            if (!Boolean.TRUE.equals(info.get("hasNextPage"))) {
                return plans;
            }
            after = (String) info.get("endCursor");
        }
    }

    public Map<String, Object> periods(String council) {
        return data(request("site-periods").variable("council", council).executeSync(), "periods");
    }

    /**
     * What changed between each pair of quarters (each pair's from and to, as QuarterInput maps), in the pairs' order:
     * one request, a field per pair. Every pair has its counts; the last (the latest quarters) its rating changes too.
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> changes(String council, List<List<Map<String, Object>>> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        StringBuilder variables = new StringBuilder("$council: String!");
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < pairs.size(); i++) {
            variables.append(", $from").append(i).append(": QuarterInput!, $to").append(i).append(": QuarterInput!");
            fields.append("  pair").append(i).append(": changes(from: $from").append(i).append(", to: $to").append(i)
                    .append(", council: $council) { ...SiteChangeCounts").append(i == pairs.size() - 1 ? " ...SiteLatestChanges" : "")
                    .append(" }\n");
        }
        var request = graphQl.document("query SiteChanges(" + variables + ") {\n" + fields + "}\n" + CHANGES_FRAGMENT)
                .variable("council", council);
        for (int i = 0; i < pairs.size(); i++) {
            request = request.variable("from" + i, pairs.get(i).get(0)).variable("to" + i, pairs.get(i).get(1));
        }
        Map<String, Object> data = data(request.executeSync(), "changes");
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            changes.add((Map<String, Object>) data.get("pair" + i));
        }
        return changes;
    }

    private static final String CHANGES_FRAGMENT = document("site-changes");

    private static String document(String name) {
        try (var in = SiteApi.class.getResourceAsStream(new StringBuilder("/graphql-documents/").append(name)
                .append(".graphql").toString())) {
            return new String(java.util.Objects.requireNonNull(in, name).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
