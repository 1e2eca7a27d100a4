package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The JSON downloads: the same data gives the same bytes, so a map without an order of its own is refused. */
class DataTwinsTest {

    @Test
    void aMapWithNoOrderOfItsOwnIsRefusedWhereverItIs() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        DataTwins twins = new DataTwins("A council", files);
        twins.writeJson("plans/x/data.json", "A plan", List.of(Json.ordered("title", "A plan",
                "counts", List.of(Map.of("status", "ON_TRACK", "count", 2)))));
        assertThatThrownBy(twins::finish).hasMessageContaining("plans/x/data.json").hasMessageContaining("Json.ordered");
    }

    @Test
    void orderedMapsAreWrittenInTheirOrderWithTheLicenceFirst() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        DataTwins twins = new DataTwins("A council", files);
        twins.writeJson("a/data.json", "A", List.of(Json.ordered("z", 1, "a", Map.of("only", "one")),
                new TreeMap<>(Map.of("b", 2, "a", 1))));
        twins.finish();
        String json = new String(files.get("a/data.json"), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"title\":\"A\",\"publisher\":\"A council\",\"licence\":\"Open Government Licence v3.0\"")
                .endsWith(",\"data\":[{\"z\":1,\"a\":{\"only\":\"one\"}},{\"a\":1,\"b\":2}]}\n");
    }

    @Test
    void theWholeDataSetHoldsEachPlanAsItsOwnDownloadHasIt() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        DataTwins twins = new DataTwins("A council", files);
        Map<String, Object> plan = Json.ordered("key", "corporate", "title", "Corporate – 2019/20");
        twins.writeJson("plans/corporate/data.json", "Corporate", plan);
        twins.writeWholeJson("data/all.json", "Everything", List.of(Json.ordered("slug", "q1")), List.of(plan));
        twins.finish();
        String whole = new String(files.get("data/all.json"), StandardCharsets.UTF_8);
        assertThat(whole).endsWith(",\"data\":{\"reports\":[{\"slug\":\"q1\"}],\"plans\":[{\"key\":\"corporate\",\"title\":\"Corporate – 2019/20\"}]}}\n");
    }
}
