package uk.councilperformance.publishing;

import java.util.List;

import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

/**
 * The publisher's only way to the data: the public GraphQL API over HTTP, with the documents kept as
 * files in graphql-documents/ (the same queries a journalist could run).
 */
public class SiteApi {

    private final HttpSyncGraphQlClient graphQl;

    public SiteApi(String url) {
        this.graphQl = HttpSyncGraphQlClient.builder(RestClient.builder().baseUrl(url)).build();
    }

    public List<SiteData.Report> reports() {
        return graphQl.documentName("site-reports").retrieveSync("reports").toEntityList(SiteData.Report.class);
    }
}
