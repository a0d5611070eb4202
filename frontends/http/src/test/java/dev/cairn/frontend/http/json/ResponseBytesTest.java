package dev.cairn.frontend.http.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.Capacity;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.api.model.GetItemResponse;
import dev.cairn.api.model.QueryResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins the exact response bytes of the item hot paths (GetItem, Query, an error carrying an item)
 * for an item holding every attribute type, strings that need escaping, non-ASCII text and a
 * surrogate pair (which Jackson writes as a JSON escape, not as 4-byte UTF-8). The expected text
 * was captured from the writers before they were rewritten for speed; any byte that moves is a
 * wire change, not a refactoring.
 */
class ResponseBytesTest {

    private final JsonWireCodec codec = new JsonWireCodec();

    /** Every attribute type; maps are ordered so the bytes are reproducible. */
    static Map<String, AttributeValue> richItem() {
        Map<String, AttributeValue> address = new LinkedHashMap<>();
        address.put("street", AttributeValue.s("12 Rue de l'\u00c9glise"));
        address.put("zip", AttributeValue.n("75001"));
        address.put("nested", new AttributeValue.M(new LinkedHashMap<>(Map.of("deep", new AttributeValue.L(List.of(
                new AttributeValue.Bool(true), AttributeValue.b(new byte[0])))))));
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.s("user#42"));
        item.put("sk", AttributeValue.n("-0.000120"));
        item.put("escapes", AttributeValue.s("quote\" backslash\\ slash/ nl\n cr\r tab\t nul\u0000 us\u001f del\u007f"));
        item.put("unicode", AttributeValue.s("caf\u00e9 \u65e5\u672c\u8a9e \u2028 \uD83D\uDE00 \uFFFF"));
        item.put("na\"me\\ \u00e9\uD83D\uDE00", AttributeValue.s("odd attribute name"));
        item.put("", AttributeValue.s(""));
        item.put("longAscii", AttributeValue.s("Long plain ASCII, over 32 chars: /~`!@#$%^&*()_+-={}[]|;:',.<>\u007f end"));
        item.put("longQuestion", AttributeValue.s("Does a question mark keep its place? It has to, always."));
        item.put("longLoneSurrogate", AttributeValue.s("a lone surrogate \uD800 inside text long enough to matter"));
        item.put("longQuote", AttributeValue.s("a \"quoted\" word and a back\\slash in a long enough string"));
        item.put("longControl", AttributeValue.s("a tab\there and a newline\nthere in a long enough string"));
        item.put("longLatin1", AttributeValue.s("na\u00efve caf\u00e9 text, long enough to be worth the fast path"));
        item.put("big", AttributeValue.n("99999999999999999999999999999999999999E+125"));
        item.put("exp", AttributeValue.n("1E+3"));
        item.put("bin", AttributeValue.b(new byte[] {0, 1, 2, (byte) 0xfb, (byte) 0xff}));
        item.put("yes", new AttributeValue.Bool(true));
        item.put("no", new AttributeValue.Bool(false));
        item.put("nothing", new AttributeValue.Null(true));
        item.put("address", new AttributeValue.M(address));
        item.put("emptyMap", new AttributeValue.M(Map.of()));
        item.put("history", new AttributeValue.L(List.of(AttributeValue.n("1"), AttributeValue.s("cr\u00e9\u00e9"),
                new AttributeValue.Null(true), new AttributeValue.L(List.of()),
                new AttributeValue.SS(List.of("x")), new AttributeValue.NS(List.of("2")),
                new AttributeValue.BS(List.of(new byte[] {7})))));
        item.put("tags", new AttributeValue.SS(List.of("alpha", "b\u00eata", "tab\tbed",
                "a set element that is long enough for the fast path", "a long set element with a \"quote\" in it")));
        item.put("lucky", new AttributeValue.NS(List.of("7", "-13", "42.50")));
        item.put("blobs", new AttributeValue.BS(List.of(new byte[] {0}, new byte[] {1, 2}, new byte[] {3, 4, 5})));
        return item;
    }

    static Map<String, AttributeValue> key() {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put("pk", AttributeValue.s("user#42"));
        key.put("sk", AttributeValue.n("-0.000120"));
        return key;
    }

    static ConsumedCapacity capacity() {
        Map<String, Capacity> gsi = new LinkedHashMap<>();
        gsi.put("byCity", new Capacity(null, null, 0.5));
        return new ConsumedCapacity("orders", 1.5, null, null, new Capacity(null, null, 1.0), null, gsi);
    }

    static final String RICH_ITEM_JSON = "{\"pk\":{\"S\":\"user#42\"},\"sk\":{\"N\":\"-0.000120\"},"
            + "\"escapes\":{\"S\":\"quote\\\" backslash\\\\ slash/ nl\\n cr\\r tab\\t nul\\u0000 us\\u001F del\u007f\"},"
            + "\"unicode\":{\"S\":\"caf\u00e9 \u65e5\u672c\u8a9e \u2028 \\uD83D\\uDE00 \uffff\"},"
            + "\"na\\\"me\\\\ \u00e9\\uD83D\\uDE00\":{\"S\":\"odd attribute name\"},\"\":{\"S\":\"\"},"
            + "\"longAscii\":{\"S\":\"Long plain ASCII, over 32 chars: /~`!@#$%^&*()_+-={}[]|;:',"
            + ".<>\u007f end\"},\"longQuestion\":{\"S\":\"Does a question mark keep its place? It has to,"
            + " always.\"},"
            + "\"longLoneSurrogate\":{\"S\":\"a lone surrogate \\uD800 inside text long enough to matter\"},"
            + "\"longQuote\":{\"S\":\"a \\\"quoted\\\" word and a back\\\\slash in a long enough string\"},"
            + "\"longControl\":{\"S\":\"a tab\\there and a newline\\nthere in a long enough string\"},"
            + "\"longLatin1\":{\"S\":\"na\u00efve caf\u00e9 text, long enough to be worth the fast path\"},"
            + "\"big\":{\"N\":\"99999999999999999999999999999999999999E+125\"},\"exp\":{\"N\":\"1E+3\"},"
            + "\"bin\":{\"B\":\"AAEC+/8=\"},\"yes\":{\"BOOL\":true},\"no\":{\"BOOL\":false},"
            + "\"nothing\":{\"NULL\":true},\"address\":{\"M\":{\"street\":{\"S\":\"12 Rue de l'\u00c9glise\"},"
            + "\"zip\":{\"N\":\"75001\"},\"nested\":{\"M\":{\"deep\":{\"L\":[{\"BOOL\":true},"
            + "{\"B\":\"\"}]}}}}},\"emptyMap\":{\"M\":{}},\"history\":{\"L\":[{\"N\":\"1\"},"
            + "{\"S\":\"cr\u00e9\u00e9\"},{\"NULL\":true},{\"L\":[]},{\"SS\":[\"x\"]},{\"NS\":[\"2\"]},"
            + "{\"BS\":[\"Bw==\"]}]},\"tags\":{\"SS\":[\"alpha\",\"b\u00eata\",\"tab\\tbed\","
            + "\"a set element that is long enough for the fast path\","
            + "\"a long set element with a \\\"quote\\\" in it\"]},\"lucky\":{\"NS\":[\"7\",\"-13\","
            + "\"42.50\"]},\"blobs\":{\"BS\":[\"AA==\",\"AQI=\",\"AwQF\"]}}";

    static final String KEY_JSON = "{\"pk\":{\"S\":\"user#42\"},\"sk\":{\"N\":\"-0.000120\"}}";

    static final String CAPACITY_JSON = "{\"TableName\":\"orders\",\"CapacityUnits\":1.5,\"Table\":{\"CapacityUnits\":1.0},"
            + "\"GlobalSecondaryIndexes\":{\"byCity\":{\"CapacityUnits\":0.5}}}";

    @Test
    void getItemResponseBytes() {
        assertBytes(codec.write(new GetItemResponse(richItem(), capacity()), ItemResponseWriter::getItem),
                "{\"Item\":" + RICH_ITEM_JSON + ",\"ConsumedCapacity\":" + CAPACITY_JSON + "}");
    }

    @Test
    void queryResponseBytes() {
        QueryResponse response = new QueryResponse(List.of(richItem(), key()), 2, 5, key(), capacity());

        assertBytes(codec.write(response, QueryScanResponseWriter::query),
                "{\"Items\":[" + RICH_ITEM_JSON + "," + KEY_JSON + "],\"Count\":2,\"ScannedCount\":5,"
                        + "\"LastEvaluatedKey\":" + KEY_JSON + ",\"ConsumedCapacity\":" + CAPACITY_JSON + "}");
    }

    @Test
    void errorWithItemBytes() {
        assertBytes(codec.writeError(ApiException.conditionalCheckFailed(richItem())),
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
                        + "\"message\":\"The conditional request failed\",\"Item\":" + RICH_ITEM_JSON + "}");
    }

    /** Compares as text first, for a readable difference, then byte for byte. */
    private static void assertBytes(byte[] actual, String expected) {
        assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(actual).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }
}
