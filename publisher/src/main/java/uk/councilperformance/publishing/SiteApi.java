package uk.councilperformance.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

/**
 * The publisher's only way to the data: the public GraphQL API over HTTP, with the documents kept as
 * files in graphql-documents/ (the same queries a journalist could run). Answers are kept as the plain
 * maps and lists the API returned, in the API's order.
 */
public class SiteApi {

    private final HttpSyncGraphQlClient graphQl;

    public SiteApi(String url) {
        this.graphQl = HttpSyncGraphQlClient.builder(RestClient.builder().baseUrl(url)).build();
    }

    /** The data's version: it changes whenever the data does (see Query.dataVersion). */
    public String dataVersion() {
        return (String) data(graphQl.document("{ dataVersion }").executeSync(), "version").get("dataVersion");
    }

    /** Every council in the database: slug and name, by slug. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> councils() {
        return (List<Map<String, Object>>) data(graphQl.documentName("site-councils").executeSync(), "councils").get("councils");
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> reports(String council) {
        return (List<Map<String, Object>>) data(graphQl.documentName("site-reports").variable("council", council).executeSync(),
                "reports").get("reports");
    }

    /**
     * The answer's data as the client decoded it. (A field's toEntity would encode it to JSON and decode it again,
     * which for a council's plans cost as much as reading them.)
     */
    private static Map<String, Object> data(ClientGraphQlResponse response, String what) {
        if (!response.getErrors().isEmpty() || response.getData() == null) {
            throw new IllegalStateException("the API refused the " + what + " query: " + response.getErrors());
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
            var request = graphQl.documentName(document).variable("council", council).variable("after", after);
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
        return data(graphQl.documentName("site-periods").variable("council", council).executeSync(), "periods");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> changes(String council, Map<String, Object> from, Map<String, Object> to) {
        return (Map<String, Object>) data(graphQl.documentName("site-changes").variable("council", council).variable("from", from)
                .variable("to", to).executeSync(), "changes").get("changes");
    }
}
