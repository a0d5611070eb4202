package dev.cairn.benchmarks.micro;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.benchmarks.SampleItems;
import dev.cairn.frontend.http.json.ItemRequestReader;
import dev.cairn.frontend.http.json.JsonWireCodec;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

/**
 * Request bodies and model items for the microbenchmarks. Items are built by parsing the wire JSON
 * with Cairn's own reader, so every benchmark sees exactly what a real PutItem would hand the engine.
 */
final class WireBodies {

    private static final JsonWireCodec CODEC = new JsonWireCodec();

    private WireBodies() {}

    static byte[] putItem(int p, int s, Random random) {
        return utf8("{\"TableName\":\"" + SampleItems.ITEMS_TABLE + "\",\"Item\":" + SampleItems.itemJson(p, s, random) + "}");
    }

    static byte[] getItem(int p, int s) {
        return utf8("{\"TableName\":\"" + SampleItems.ITEMS_TABLE + "\",\"Key\":{\"pk\":{\"S\":\""
                + SampleItems.partitionKey(p) + "\"},\"sk\":{\"N\":\"" + s + "\"}}}");
    }

    static byte[] query(int p, int from) {
        return utf8("{\"TableName\":\"" + SampleItems.ITEMS_TABLE + "\","
                + "\"KeyConditionExpression\":\"pk = :p AND sk BETWEEN :a AND :b\","
                + "\"ExpressionAttributeValues\":{\":p\":{\"S\":\"" + SampleItems.partitionKey(p) + "\"},"
                + "\":a\":{\"N\":\"" + from + "\"},\":b\":{\"N\":\"" + (from + 24) + "\"}}}");
    }

    /** A ~1 KB item as the engine sees it. */
    static Map<String, AttributeValue> item(int p, int s, Random random) {
        return CODEC.read(putItem(p, s, random), ItemRequestReader::putItem).item();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
