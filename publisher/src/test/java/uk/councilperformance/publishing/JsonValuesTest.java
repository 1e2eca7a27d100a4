package uk.councilperformance.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.http.MockHttpOutputMessage;

import uk.councilperformance.json.JsonBytes;

/** The publisher's JSON reading gives what Spring's Jackson converter, which it replaced, gave: the same values, of the same types, in the same order. */
class JsonValuesTest {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    private final JacksonJsonHttpMessageConverter jackson = new JacksonJsonHttpMessageConverter();
    private final PlainJsonConverter plain = new PlainJsonConverter();

    @Test
    void readsRandomDocumentsAsJacksonDoes() throws Exception {
        Random random = new Random(20261202);
        for (int i = 0; i < 400; i++) {
            Map<String, Object> document = new LinkedHashMap<>();
            for (int k = random.nextInt(6); k >= 0; k--) {
                document.put(text(random), value(random, 0));
            }
            byte[] bytes = JsonBytes.of(document);
            assertThat(typed(plainRead(bytes))).as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(typed(jacksonRead(bytes)));
        }
    }

    @Test
    void readsEscapesSpacingNumbersAndRepeatedKeysAsJacksonDoes() throws Exception {
        String document = """
                { "plain" : "Caf\\u00e9 \\u00C9 \\/ \\" \\\\ \\b\\f\\n\\r\\t", "pair": "\\uD83D\\uDE00 and \u00e9 and \uD83D\uDE00",
                  "empty": {}, "none": [ ], "nested": [[], [{}], [1, [2, [3]]]], "words": [true, false, null],
                  "ints": [0, -0, 7, -7, 2147483647, -2147483648, 2147483648, -2147483649, 9223372036854775807,
                           -9223372036854775808, 9223372036854775808, -9223372036854775809, 123456789012345678901234567890],
                  "floats": [0.0, -0.0, 1.5, -1.5e-3, 1E5, 2e+3, 0.1, 123456789.123456789, 1e-320],
                  "same": 1, "other": 2, "same": "again", "k\\u0065y": "escaped key", "key": "plain key" }
                """;
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        assertThat(typed(plainRead(bytes))).isEqualTo(typed(jacksonRead(bytes)));
        Map<?, ?> read = plainRead(bytes);
        assertThat(read.get("same")).isEqualTo("again");
        assertThat(((List<?>) read.get("ints")).get(12)).isEqualTo(new BigInteger("123456789012345678901234567890"));
    }

    @Test
    void refusesWhatIsNotJson() {
        for (String bad : List.of("", " ", "{", "{\"a\":}", "{\"a\" 1}", "{\"a\":1,}", "[1,]", "[1 2]", "{\"a\":01}",
                "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":1e}", "{\"a\":-}", "{\"a\":\"\t\"}", "{\"a\":\"\\x\"}",
                "{\"a\":\"\\u12G4\"}", "{\"a\":\"\\u12\"}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":NaN}", "{\"a\":1} 2",
                "{\"a\":\"open}", "{a:1}", "{\"a\":1]", "[1}", "{'a':1}")) {
            byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> jacksonRead(bytes)).as("Jackson, %s", bad).isInstanceOf(HttpMessageNotReadableException.class);
            assertThatThrownBy(() -> plainRead(bytes)).as(bad).isInstanceOf(HttpMessageNotReadableException.class)
                    .hasMessageContaining("not JSON");
        }
    }

    @Test
    void refusesNestingDeeperThan500AndNumbersLongerThanJacksonRefuses() throws Exception {
        String deep = "{\"a\":" + "[".repeat(JsonValues.MAX_DEPTH) + "]".repeat(JsonValues.MAX_DEPTH) + "}";
        assertThatThrownBy(() -> plainRead(deep.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(HttpMessageNotReadableException.class).hasMessageContaining("nested more than 500 deep");
        String allowed = "{\"a\":" + "[".repeat(JsonValues.MAX_DEPTH - 1) + "]".repeat(JsonValues.MAX_DEPTH - 1) + "}";
        assertThat(typed(plainRead(allowed.getBytes(StandardCharsets.UTF_8)))).startsWith("LinkedHashMap{a=ArrayList[");
        String longNumber = "{\"a\":" + "9".repeat(JsonValues.MAX_NUMBER_LENGTH + 1) + "}";
        assertThatThrownBy(() -> plainRead(longNumber.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(HttpMessageNotReadableException.class).hasMessageContaining("a number longer than 1000");
        String bigButAllowed = "{\"a\":" + "9".repeat(JsonValues.MAX_NUMBER_LENGTH) + "}";
        byte[] bytes = bigButAllowed.getBytes(StandardCharsets.UTF_8);
        assertThat(typed(plainRead(bytes))).isEqualTo(typed(jacksonRead(bytes)));
    }

    @Test
    void refusesAnAnswerThatIsNotAnObject() {
        assertThatThrownBy(() -> plainRead("[1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(HttpMessageNotReadableException.class).hasMessageContaining("not a JSON object");
    }

    @Test
    void takesTheApisAnswersAndWritesRequestsAsJacksonDoes() throws Exception {
        assertThat(plain.canRead(Map.class, GRAPHQL_RESPONSE)).isTrue();
        assertThat(plain.canRead(Map.class, MediaType.APPLICATION_JSON)).isTrue();
        assertThat(plain.canRead(Map.class, MediaType.TEXT_HTML)).isFalse();
        assertThat(plain.canWrite(LinkedHashMap.class, MediaType.APPLICATION_JSON)).isTrue();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("council", "Caf\u00e9 \"quoted\"\n");
        variables.put("after", null);
        variables.put("from0", Json.ordered("year", "2019/20", "quarter", 1));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", "query SiteCouncils { councils { slug } }");
        request.put("variables", variables);
        MockHttpOutputMessage ours = new MockHttpOutputMessage();
        plain.write(request, MediaType.APPLICATION_JSON, ours);
        MockHttpOutputMessage theirs = new MockHttpOutputMessage();
        jackson.write(request, MediaType.APPLICATION_JSON, theirs);
        assertThat(ours.getBodyAsBytes()).isEqualTo(theirs.getBodyAsBytes());
        assertThat(ours.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    }

    private Map<?, ?> plainRead(byte[] bytes) throws Exception {
        return (Map<?, ?>) plain.read(Map.class, message(bytes));
    }

    private Map<?, ?> jacksonRead(byte[] bytes) throws Exception {
        return (Map<?, ?>) jackson.read(Map.class, message(bytes));
    }

    private static MockHttpInputMessage message(byte[] bytes) {
        MockHttpInputMessage message = new MockHttpInputMessage(bytes);
        message.getHeaders().set(HttpHeaders.CONTENT_TYPE, GRAPHQL_RESPONSE.toString());
        return message;
    }

    /** The value with each map's entries in order and each leaf's type named, so that order and types count. */
    private static String typed(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder s = new StringBuilder(map.getClass().getSimpleName()).append('{');
            map.forEach((k, v) -> s.append(k).append('=').append(typed(v)).append(','));
            return s.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder s = new StringBuilder(list.getClass().getSimpleName()).append('[');
            list.forEach(v -> s.append(typed(v)).append(','));
            return s.append(']').toString();
        }
        return value == null ? "null" : value.getClass().getSimpleName() + "(" + value + ")";
    }

    private static Object value(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 5 : 7);
        return switch (kind) {
            case 0 -> text(random);
            case 1 -> number(random);
            case 2 -> random.nextBoolean();
            case 3 -> null;
            case 4 -> random.nextInt(3) == 0 ? "" : text(random);
            case 5 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    list.add(value(random, depth + 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    map.put(text(random), value(random, depth + 1));
                }
                yield map;
            }
        };
    }

    private static Object number(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(100);
            case 1 -> random.nextInt();
            case 2 -> random.nextLong();
            case 3 -> new BigInteger(90, random).negate();
            case 4 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            default -> (long) Integer.MAX_VALUE + random.nextInt(3) - 1;
        };
    }

    /** Text of every kind: ASCII, control characters, quotes and backslashes, other BMP characters, and pairs beyond it. */
    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            switch (random.nextInt(5)) {
                case 0 -> text.append((char) random.nextInt(0x20));
                case 1 -> text.append("\"\\/".charAt(random.nextInt(3)));
                case 2 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                case 3 -> {
                    char c = (char) (0x80 + random.nextInt(0xD800 - 0x80));
                    text.append(c);
                }
                default -> text.append((char) (0x20 + random.nextInt(0x5F)));
            }
        }
        return text.toString();
    }
}
