package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published pages show the seeds' real figures, statuses and sources, with council text escaped. */
class SitePagesTest {

    static PublishedSite site;

    @BeforeAll
    static void publish() {
        site = PublishedSite.of(BundledData.directory());
    }

    @AfterAll
    static void close() {
        site.close();
    }

    static String read(String path) throws IOException {
        return Files.readString(site.folder.resolve(path.endsWith("/") || path.isEmpty() ? path + "index.html" : path));
    }

    /** The page a link with exactly this text points to. */
    static String linkTo(String page, String text) throws IOException {
        Matcher m = Pattern.compile("href=\"(/[^\"]+)\">" + Pattern.quote(text) + "</a>").matcher(read(page));
        assertThat(m.find()).as("a link to \"" + text + "\" on " + page).isTrue();
        return m.group(1).substring(1);
    }

    @Test
    void anIndicatorPageShowsTheSeriesAcrossThreeYearsAsAChartAndATable() throws IOException {
        String path = linkTo("indicators/", "Number of fly tipping incidents");
        String page = read(path);
        // Q1: 2017/18 "123" (002 line 326), 2018/19 "102" (003 line 62), 2019/20 "90" (004 line 278)
        assertThat(page).contains("<h2 class=\"govuk-heading-m\">2017/18: Number of fly tipping incidents</h2>")
                .contains("2018/19: Number of fly tipping incidents").contains("2019/20: Number of fly tipping incidents")
                .contains("<title>Q1 2017/18: 123</title>").contains("<title>Q1 2018/19: 102</title>")
                .contains("<title>Q1 2019/20: 90</title>")
                .contains("<polyline class=\"site-chart__line\"").contains("The latest figure is")
                .contains("href=\"/reports/2019-11-26-community-scrutiny-q2-2019-20/\">Community Scrutiny Committee, 26 November 2019</a>, line 345");
        String csv = read(path + "data.csv");
        assertThat(csv).startsWith("financial_year,plan,theme,indicator,field,published_text,revised,report,meeting,meeting_date,source_table,source_line\r\n")
                .contains("Number of fly tipping incidents,Q1,90,false,2019-11-26-community-scrutiny-q2-2019-20,Community Scrutiny Committee,2019-11-26,");
        assertThat(read(path + "data.json")).contains("\"licence\":\"Open Government Licence v3.0\"")
                .contains("\"publishedText\":\"123\"");
    }

    @Test
    void aRevisedFigureIsMarkedAndBothVersionsAreShown() throws IOException {
        // CPNWs: last year's outturn "N/A" in 004 line 261, "36" in 000 line 328.
        String page = read(linkTo("indicators/", "Number of Community Protection Notice Warnings (CPNWs) issued"));
        assertThat(page).contains("36 <strong class=\"govuk-tag govuk-tag--yellow\">Revised</strong>")
                .contains("Last year&#39;s outturn: “N/A” in").contains("Last year&#39;s outturn: “36” in");
    }

    @Test
    void aProjectPageShowsRatingsInWordsWithTheirSchemeAndSource() throws IOException {
        String plan = "plans/2019-20/promoting-prosperity/";
        String planPage = read(plan);
        assertThat(planPage).contains("Promoting Prosperity PDP 2019-20").contains("govuk-tag--orange\">Seriously behind</strong>")
                .contains("<td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/reports/2019-09-19-cabinet-q1-2019-20/\">Cabinet, 19 September 2019</a></td>");
        assertThat(read(plan + "data.csv")).startsWith("kind,financial_year,plan,theme,project,item,field_or_quarter,published_text,status,revised,")
                .contains("indicator figure,2019/20,").contains("milestone rating,2019/20,");
        String project = Pattern.compile("href=\"/(" + Pattern.quote(plan) + "[^\"]+/projects/[^\"]+/)\"").matcher(planPage)
                .results().map(r -> r.group(1)).filter(p -> {
                    try {
                        return read(p).contains("Identify potential funding sources and submit bids for funding");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).findFirst().orElseThrow();
        assertThat(read(project)).contains("<td class=\"govuk-table__cell\">Δ – Action &gt; 3 months / 1 Quarter behind schedule")
                .contains("govuk-tag--orange\">Seriously behind</strong>")
                .contains("href=\"/reports/2019-09-19-cabinet-q1-2019-20/\">Cabinet, 19 September 2019</a>");
    }

    @Test
    void aQuarterPageShowsPublishedCountsBesideComputedOnes() throws IOException {
        // 004 section 5.5, TOTAL row: 20 (50%) completed of 40
        assertThat(read("quarters/2019-20-q1/")).contains("Q1 2019/20 (April to June 2019)").contains("20 (50%)")
                .contains("Computed: ");
        // 003 line 21: 28 completed published; 24 computed from the ratings in the text
        assertThat(read("quarters/2018-19-q4/")).contains("28 (87.5%)<br><span class=\"site-source\">Computed: 24 – <strong>differs from published</strong>");
        assertThat(read("quarters/2019-20-q1/data.csv")).contains("milestone rating,2019/20,").contains("indicator figure,2019/20,")
                .contains("Identify potential funding sources and submit bids for funding,Q1,Δ,");
    }

    @Test
    void councilTextWithHtmlInItAppearsAsText() throws IOException {
        String found = null;
        for (String file : SiteFolder.list(site.folder)) {
            if (file.endsWith(".html") && read(file).contains("Works commenced on the following car park improvements")) {
                found = read(file);
                break;
            }
        }
        assertThat(found).isNotNull().contains("&lt;ul style=&quot;list-style-type: none&quot;&gt;").doesNotContain("<ul style=");
    }

    @Test
    void theHomePageLeadsWithTheLatestQuarterAndWhatChanged() throws IOException {
        assertThat(read("")).contains("The latest quarter: Q2 2019/20 (July to September 2019)")
                .contains("What changed since Q1 2019/20").contains("href=\"/quarters/2019-20-q2/\"")
                // The API's counts and its list for the latest pair (the same 22 and 14 as ApiChecks finds in the seeds).
                .contains("22 milestone ratings changed; 14 indicators have figures for both quarters.")
                .contains("<li>Project Plan developed and Procurement of specialist provider: not rated → Slightly behind</li>");
        assertThat(read("").split("<li>[^<]*→", -1)).hasSize(22 + 1);
    }

    @Test
    void feedSearchIndexSitemapAndDownloadsArePublished() throws Exception {
        var feed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(site.folder.resolve("feed.xml").toFile());
        assertThat(feed.getElementsByTagName("entry").getLength()).isGreaterThanOrEqualTo(4);
        assertThat(read("feed.xml")).contains("<title>Quarter 1 Performance Report 2019/20</title>")
                .contains("<summary>22 milestone ratings changed since Q1 2019/20 (April to June 2019); 14 indicators have figures"
                        + " for both quarters.</summary>");
        assertThat(read("search-index.json")).contains("\"title\":\"Number of fly tipping incidents\"");
        assertThat(read("search/")).contains("data-search=").contains("Number of fly tipping incidents");
        assertThat(read("sitemap.xml")).contains("<loc>/indicators/").contains("<loc>/quarters/2019-20-q1/</loc>");
        assertThat(read("data/indicator-figures.csv")).contains("100 cases £19,112.23");
        assertThat(read("data/milestone-ratings.csv")).contains(",Δ,");
        assertThat(Files.size(site.folder.resolve("data/council-performance.json"))).isGreaterThan(10_000);
    }
}
