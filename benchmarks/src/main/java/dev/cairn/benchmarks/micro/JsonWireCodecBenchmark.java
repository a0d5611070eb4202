package dev.cairn.benchmarks.micro;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.BatchGetItemResponse;
import dev.cairn.api.model.BatchWriteItemResponse;
import dev.cairn.api.model.BillingModeSummary;
import dev.cairn.api.model.CancellationReason;
import dev.cairn.api.model.Capacity;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.api.model.DescribeTableResponse;
import dev.cairn.api.model.GetItemRequest;
import dev.cairn.api.model.GetItemResponse;
import dev.cairn.api.model.ItemCollectionMetrics;
import dev.cairn.api.model.ItemResponse;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.ListTablesResponse;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.PutItemResponse;
import dev.cairn.api.model.PutRequest;
import dev.cairn.api.model.QueryRequest;
import dev.cairn.api.model.QueryResponse;
import dev.cairn.api.model.ScanResponse;
import dev.cairn.api.model.TableDescription;
import dev.cairn.api.model.TransactGetItemsResponse;
import dev.cairn.api.model.TransactWriteItemsResponse;
import dev.cairn.api.model.UpdateItemResponse;
import dev.cairn.api.model.WriteRequest;
import dev.cairn.frontend.http.json.BatchResponseWriter;
import dev.cairn.frontend.http.json.ItemRequestReader;
import dev.cairn.frontend.http.json.ItemResponseWriter;
import dev.cairn.frontend.http.json.JsonWireCodec;
import dev.cairn.frontend.http.json.Operation;
import dev.cairn.frontend.http.json.QueryScanRequestReader;
import dev.cairn.frontend.http.json.QueryScanResponseWriter;
import dev.cairn.frontend.http.json.TableResponseWriter;
import dev.cairn.frontend.http.json.TransactResponseWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The wire half of every request: JSON 1.0 bodies to model records and responses back to bytes.
 * Every request pays one read and one write, so these set a floor under the per-request cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonWireCodecBenchmark {

    private final JsonWireCodec codec = new JsonWireCodec();
    private byte[] putItemBody;
    private byte[] getItemBody;
    private byte[] queryBody;
    private GetItemResponse getItemResponse;
    private QueryResponse queryResponse;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        putItemBody = WireBodies.putItem(42, 7, random);
        getItemBody = WireBodies.getItem(42, 7);
        queryBody = WireBodies.query(42, 10);
        getItemResponse = new GetItemResponse(WireBodies.item(42, 7, random), null);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int s = 10; s < 35; s++) {
            items.add(WireBodies.item(42, s, random));
        }
        queryResponse = new QueryResponse(items, items.size(), items.size(), null, null);
    }

    @Benchmark
    public PutItemRequest readPutItem1KB() {
        return codec.read(putItemBody, ItemRequestReader::putItem);
    }

    @Benchmark
    public GetItemRequest readGetItem() {
        return codec.read(getItemBody, ItemRequestReader::getItem);
    }

    @Benchmark
    public QueryRequest readQuery() {
        return codec.read(queryBody, QueryScanRequestReader::query);
    }

    @Benchmark
    public byte[] writeGetItemResponse1KB() {
        return codec.write(getItemResponse, ItemResponseWriter::getItem);
    }

    @Benchmark
    public byte[] writeQueryResponse25Items() {
        return codec.write(queryResponse, QueryScanResponseWriter::query);
    }

    // The same work after every operation's reader and writer has run, as in a server. On its own a
    // benchmark shows the JIT one caller of the codec's shared plumbing, which it can then inline;
    // in a server those call sites see every operation, and indirect calls stay indirect.

    @Benchmark
    public PutItemRequest readPutItem1KBAfterEveryOperation(EveryOperationFirst everyOperation) {
        return codec.read(putItemBody, ItemRequestReader::putItem);
    }

    @Benchmark
    public byte[] writeQueryResponse25ItemsAfterEveryOperation(EveryOperationFirst everyOperation) {
        return codec.write(queryResponse, QueryScanResponseWriter::query);
    }

    /** Reads a request of every operation and writes every kind of response, many times over, before measuring. */
    @State(Scope.Benchmark)
    public static class EveryOperationFirst {

        private static final Map<String, String> REQUESTS = Map.ofEntries(
                Map.entry("CreateTable", "{\"TableName\":\"t\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\","
                        + "\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],"
                        + "\"BillingMode\":\"PAY_PER_REQUEST\",\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"}]}"),
                Map.entry("DescribeTable", "{\"TableName\":\"t\"}"),
                Map.entry("ListTables", "{\"Limit\":10}"),
                Map.entry("DeleteTable", "{\"TableName\":\"t\"}"),
                Map.entry("UpdateTable", "{\"TableName\":\"t\",\"ProvisionedThroughput\":{\"ReadCapacityUnits\":5,"
                        + "\"WriteCapacityUnits\":5}}"),
                Map.entry("PutItem", "{\"TableName\":\"t\",\"Item\":{\"pk\":{\"S\":\"a\"},\"n\":{\"N\":\"1\"}},"
                        + "\"ConditionExpression\":\"attribute_not_exists(pk)\",\"Expected\":{\"a\":{\"Exists\":false}}}"),
                Map.entry("GetItem", "{\"TableName\":\"t\",\"Key\":{\"pk\":{\"S\":\"a\"}},\"ConsistentRead\":true}"),
                Map.entry("UpdateItem", "{\"TableName\":\"t\",\"Key\":{\"pk\":{\"S\":\"a\"}},\"UpdateExpression\":\"SET n = :n\","
                        + "\"ExpressionAttributeValues\":{\":n\":{\"N\":\"2\"}},\"AttributeUpdates\":{\"b\":{\"Action\":\"PUT\","
                        + "\"Value\":{\"BOOL\":true}}},\"ReturnValues\":\"ALL_NEW\"}"),
                Map.entry("DeleteItem", "{\"TableName\":\"t\",\"Key\":{\"pk\":{\"S\":\"a\"}},\"ReturnValues\":\"ALL_OLD\"}"),
                Map.entry("Query", "{\"TableName\":\"t\",\"KeyConditions\":{\"pk\":{\"ComparisonOperator\":\"EQ\","
                        + "\"AttributeValueList\":[{\"S\":\"a\"}]}},\"Limit\":5,\"ScanIndexForward\":false}"),
                Map.entry("Scan", "{\"TableName\":\"t\",\"Segment\":0,\"TotalSegments\":2,\"ScanFilter\":{\"n\":"
                        + "{\"ComparisonOperator\":\"GT\",\"AttributeValueList\":[{\"N\":\"0\"}]}}}"),
                Map.entry("BatchGetItem", "{\"RequestItems\":{\"t\":{\"Keys\":[{\"pk\":{\"S\":\"a\"}}],"
                        + "\"AttributesToGet\":[\"pk\"]}}}"),
                Map.entry("BatchWriteItem", "{\"RequestItems\":{\"t\":[{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"a\"}}}},"
                        + "{\"DeleteRequest\":{\"Key\":{\"pk\":{\"S\":\"b\"}}}}]}}"),
                Map.entry("TransactWriteItems", "{\"TransactItems\":[{\"Put\":{\"TableName\":\"t\",\"Item\":"
                        + "{\"pk\":{\"S\":\"a\"},\"l\":{\"L\":[{\"SS\":[\"x\"]}]}}}},{\"Delete\":{\"TableName\":\"t\","
                        + "\"Key\":{\"pk\":{\"S\":\"b\"}}}}],\"ClientRequestToken\":\"c\"}"),
                Map.entry("TransactGetItems", "{\"TransactItems\":[{\"Get\":{\"TableName\":\"t\",\"Key\":"
                        + "{\"pk\":{\"S\":\"a\"}}}}]}"));

        @Setup
        public void runEveryOperation() {
            JsonWireCodec codec = new JsonWireCodec();
            Map<String, AttributeValue> item = WireBodies.item(1, 1, new Random(1));
            Map<String, AttributeValue> key = Map.of("pk", AttributeValue.s("a"));
            ConsumedCapacity capacity = new ConsumedCapacity("t", 1.0, null, null, new Capacity(null, null, 1.0),
                    Map.of("i", new Capacity(null, null, 1.0)), null);
            ItemCollectionMetrics metrics = new ItemCollectionMetrics(key, List.of(0.0, 1.0));
            TableDescription table = new TableDescription("t", "arn:t", "id", "ACTIVE", Instant.EPOCH,
                    List.of(new AttributeDefinition("pk", "S")), List.of(new KeySchemaElement("pk", "HASH")), 0L, 0L,
                    new BillingModeSummary("PAY_PER_REQUEST", Instant.EPOCH), null, null, null, null, null, null, false);
            Map<String, byte[]> bodies = new LinkedHashMap<>();
            REQUESTS.forEach((operation, body) -> bodies.put(operation, body.getBytes(StandardCharsets.UTF_8)));
            for (int i = 0; i < 20_000; i++) {
                bodies.forEach((name, body) -> {
                    Operation<?, ?> operation = codec.operation(name).orElseThrow();
                    codec.read(body, operation.reader());
                });
                codec.write(new DescribeTableResponse(table), TableResponseWriter::describeTable);
                codec.write(new ListTablesResponse(List.of("a", "b"), "b"), TableResponseWriter::listTables);
                codec.write(new PutItemResponse(item, capacity, metrics), ItemResponseWriter::putItem);
                codec.write(new UpdateItemResponse(key, null, null), ItemResponseWriter::updateItem);
                codec.write(new GetItemResponse(item, capacity), ItemResponseWriter::getItem);
                codec.write(new ScanResponse(List.of(item, key), 2, 2, key, capacity), QueryScanResponseWriter::scan);
                codec.write(new BatchGetItemResponse(Map.of("t", List.of(item)), null, List.of(capacity)),
                        BatchResponseWriter::batchGetItem);
                codec.write(new BatchWriteItemResponse(Map.of("t", List.of(new WriteRequest(new PutRequest(key), null))),
                        null, null), BatchResponseWriter::batchWriteItem);
                codec.write(new TransactGetItemsResponse(null, List.of(new ItemResponse(item))),
                        TransactResponseWriter::transactGetItems);
                codec.write(new TransactWriteItemsResponse(List.of(capacity), null), TransactResponseWriter::transactWriteItems);
                codec.writeError(ApiException.conditionalCheckFailed(key));
                codec.writeError(ApiException.transactionCanceled("cancelled",
                        List.of(new CancellationReason(key, "ConditionalCheckFailed", "failed"))));
            }
        }
    }
}
