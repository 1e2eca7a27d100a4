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
        return graphQl.document("{ dataVersion }").retrieveSync("dataVersion").toEntity(String.class);
    }

    /** Every council in the database: slug and name, by slug. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> councils() {
        return (List<Map<String, Object>>) (List<?>) graphQl.documentName("site-councils").retrieveSync("councils")
                .toEntityList(Map.class);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> reports(String council) {
        return (List<Map<String, Object>>) (List<?>) graphQl.documentName("site-reports").variable("council", council)
                .retrieveSync("reports").toEntityList(Map.class);
    }

    /** Every plan, a page of the API's connection at a time. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> plans(String council) {
        List<Map<String, Object>> plans = new ArrayList<>();
        String after = null;
        while (true) {
            ClientGraphQlResponse response = graphQl.documentName("site-plans").variable("council", council)
                    .variable("after", after).executeSync();
            if (!response.getErrors().isEmpty()) {
                throw new IllegalStateException("the API refused the plans query: " + response.getErrors());
            }
            Map<String, Object> page = response.field("plans").toEntity(Map.class);
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

    @SuppressWarnings("unchecked")
    public Map<String, Object> periods(String council) {
        ClientGraphQlResponse response = graphQl.documentName("site-periods").variable("council", council).executeSync();
        if (!response.getErrors().isEmpty()) {
            throw new IllegalStateException("the API refused the periods query: " + response.getErrors());
        }
        return (Map<String, Object>) (Map<?, ?>) response.toMap().get("data");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> changes(String council, Map<String, Object> from, Map<String, Object> to) {
        return graphQl.documentName("site-changes").variable("council", council).variable("from", from).variable("to", to)
                .retrieveSync("changes").toEntity(Map.class);
    }
}
