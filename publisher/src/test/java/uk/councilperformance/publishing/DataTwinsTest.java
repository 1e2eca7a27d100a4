package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import uk.councilperformance.json.JsonBytes;

/** The JSON downloads: the same data gives the same bytes, so a map without an order of its own is refused. */
class DataTwinsTest {

    @Test
    void aMapWithNoOrderOfItsOwnIsRefusedWhereverItIs() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        DataTwins twins = new DataTwins("A council", files::put);
        twins.writeJson("plans/x/data.json", "A plan", List.of(Json.ordered("title", "A plan",
                "counts", List.of(Map.of("status", "ON_TRACK", "count", 2)))));
        assertThatThrownBy(twins::finish).hasMessageContaining("plans/x/data.json").hasMessageContaining("Json.ordered");
    }

    @Test
    void theJsonIsTheBytesJacksonsDefaultMapperGives() {
        StringBuilder everyCharacter = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                everyCharacter.append((char) c);
            }
        }
        everyCharacter.append("😀 and 𝔸");
        Map<String, Object> values = Json.ordered("text", everyCharacter.toString(), "quoted \"key\"\n", "a\\b",
                "int", 42, "long", 12345678901234L, "double", 0.30000000000000004, "large", 1.0E23, "small", 2.0E-3,
                "whole", 100.0, "decimal", new java.math.BigDecimal("1.50E+3"), "big", new java.math.BigInteger("123456789012345678901"),
                "yes", true, "no", false, "nothing", null, "empty", Map.of(), "one", Map.of("k", "v"),
                "sorted", new TreeMap<>(Map.of("b", List.of(), "a", java.util.Arrays.asList(1, null, "x"))));
        byte[] jackson = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsBytes(List.of(values, "end"));
        assertThat(new String(JsonBytes.of(List.of(values, "end")), StandardCharsets.UTF_8))
                .isEqualTo(new String(jackson, StandardCharsets.UTF_8));
        assertThat(JsonBytes.of(List.of(values, "end"))).isEqualTo(jackson);
    }

    @Test
    void aValueADownloadCannotHoldIsRefusedNamingTheFile() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        DataTwins twins = new DataTwins("A council", files::put);
        twins.writeJson("quarters/q1/data.json", "Q1", Json.ordered("when", java.time.LocalDate.of(2019, 6, 30)));
        assertThatThrownBy(twins::finish).hasMessageContaining("quarters/q1/data.json").hasMessageContaining("java.time.LocalDate");
    }

    @Test
    void orderedMapsAreWrittenInTheirOrderWithTheLicenceFirst() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        DataTwins twins = new DataTwins("A council", files::put);
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
        DataTwins twins = new DataTwins("A council", files::put);
        Map<String, Object> plan = Json.ordered("key", "corporate", "title", "Corporate – 2019/20");
        twins.writeJson("plans/corporate/data.json", "Corporate", plan);
        twins.writeWholeJson("data/all.json", "Everything", List.of(Json.ordered("slug", "q1")), List.of(plan));
        twins.finish();
        String whole = new String(files.get("data/all.json"), StandardCharsets.UTF_8);
        assertThat(whole).endsWith(",\"data\":{\"reports\":[{\"slug\":\"q1\"}],\"plans\":[{\"key\":\"corporate\",\"title\":\"Corporate – 2019/20\"}]}}\n");
    }
}
