package dev.cairn.frontend.http.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.BatchGetItemResponse;
import dev.cairn.api.model.BatchWriteItemResponse;
import dev.cairn.api.model.BillingModeSummary;
import dev.cairn.api.model.CancellationReason;
import dev.cairn.api.model.Capacity;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.api.model.CreateTableResponse;
import dev.cairn.api.model.DescribeTableResponse;
import dev.cairn.api.model.GetItemResponse;
import dev.cairn.api.model.GlobalSecondaryIndexDescription;
import dev.cairn.api.model.ItemCollectionMetrics;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.ListTablesResponse;
import dev.cairn.api.model.LocalSecondaryIndexDescription;
import dev.cairn.api.model.Projection;
import dev.cairn.api.model.ProvisionedThroughputDescription;
import dev.cairn.api.model.PutItemResponse;
import dev.cairn.api.model.QueryResponse;
import dev.cairn.api.model.ScanResponse;
import dev.cairn.api.model.TableDescription;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** Response bodies byte for byte as DynamoDB (Local 3.3.1) writes them. */
class ResponseFormatTest {

    private final JsonWireCodec codec = new JsonWireCodec();

    static TableDescription table() {
        Instant created = Instant.ofEpochMilli(1795491576701L);
        return new TableDescription("orders", "arn:aws:dynamodb:ddblocal:000000000000:table/orders", null, "ACTIVE",
                created,
                List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("g", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), 0L, 0L,
                new BillingModeSummary("PAY_PER_REQUEST", created),
                new ProvisionedThroughputDescription(Instant.EPOCH, Instant.EPOCH, 0L, 0L, 0L),
                List.of(new LocalSecondaryIndexDescription("lsi1", List.of(new KeySchemaElement("pk", "HASH"),
                        new KeySchemaElement("g", "RANGE")), new Projection("KEYS_ONLY", null), 0L, 0L,
                        "arn:aws:dynamodb:ddblocal:000000000000:table/orders/index/lsi1")),
                List.of(new GlobalSecondaryIndexDescription("gsi1", List.of(new KeySchemaElement("g", "HASH")),
                        new Projection("INCLUDE", List.of("x")), "ACTIVE", null, null, 0L, 0L,
                        "arn:aws:dynamodb:ddblocal:000000000000:table/orders/index/gsi1")),
                null, null, null, false);
    }

    static final String TABLE_JSON = "{\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
            + "{\"AttributeName\":\"g\",\"AttributeType\":\"S\"}],\"TableName\":\"orders\","
            + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],\"TableStatus\":\"ACTIVE\","
            + "\"CreationDateTime\":1795491576.701,\"ProvisionedThroughput\":{\"LastIncreaseDateTime\":0.000,"
            + "\"LastDecreaseDateTime\":0.000,\"NumberOfDecreasesToday\":0,\"ReadCapacityUnits\":0,\"WriteCapacityUnits\":0},"
            + "\"TableSizeBytes\":0,\"ItemCount\":0,\"TableArn\":\"arn:aws:dynamodb:ddblocal:000000000000:table/orders\","
            + "\"BillingModeSummary\":{\"BillingMode\":\"PAY_PER_REQUEST\",\"LastUpdateToPayPerRequestDateTime\":1795491576.701},"
            + "\"LocalSecondaryIndexes\":[{\"IndexName\":\"lsi1\",\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},"
            + "{\"AttributeName\":\"g\",\"KeyType\":\"RANGE\"}],\"Projection\":{\"ProjectionType\":\"KEYS_ONLY\"},"
            + "\"IndexSizeBytes\":0,\"ItemCount\":0,\"IndexArn\":\"arn:aws:dynamodb:ddblocal:000000000000:table/orders/index/lsi1\"}],"
            + "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"gsi1\",\"KeySchema\":[{\"AttributeName\":\"g\",\"KeyType\":\"HASH\"}],"
            + "\"Projection\":{\"ProjectionType\":\"INCLUDE\",\"NonKeyAttributes\":[\"x\"]},\"IndexStatus\":\"ACTIVE\","
            + "\"IndexSizeBytes\":0,\"ItemCount\":0,\"IndexArn\":\"arn:aws:dynamodb:ddblocal:000000000000:table/orders/index/gsi1\"}],"
            + "\"DeletionProtectionEnabled\":false}";

    @Test
    void tableDescriptionDatesAreEpochSecondsWithMillisecondFraction() {
        assertThat(write(new CreateTableResponse(table()), TableResponseWriter::createTable))
                .isEqualTo("{\"TableDescription\":" + TABLE_JSON + "}");
    }

    @Test
    void describeTableAnswersUnderTable() {
        assertThat(write(new DescribeTableResponse(table()), TableResponseWriter::describeTable))
                .isEqualTo("{\"Table\":" + TABLE_JSON + "}");
    }

    @Test
    void writeWithNothingToReturnAnswersAnEmptyObject() {
        assertThat(write(new PutItemResponse(null, null, null), ItemResponseWriter::putItem)).isEqualTo("{}");
        assertThat(write(new GetItemResponse(null, null), ItemResponseWriter::getItem)).isEqualTo("{}");
    }

    @Test
    void consumedCapacityUnitsAreDoublesAndIndexesAreMaps() {
        Map<String, Capacity> lsi = Map.of("lsi1", new Capacity(null, null, 1.0));
        Map<String, Capacity> gsi = Map.of("gsi1", new Capacity(null, null, 1.0));
        ConsumedCapacity capacity = new ConsumedCapacity("orders", 3.0, null, null, new Capacity(null, null, 1.0), lsi, gsi);

        assertThat(write(new PutItemResponse(null, capacity, null), ItemResponseWriter::putItem)).isEqualTo(
                "{\"ConsumedCapacity\":{\"TableName\":\"orders\",\"CapacityUnits\":3.0,\"Table\":{\"CapacityUnits\":1.0},"
                        + "\"LocalSecondaryIndexes\":{\"lsi1\":{\"CapacityUnits\":1.0}},"
                        + "\"GlobalSecondaryIndexes\":{\"gsi1\":{\"CapacityUnits\":1.0}}}}");
        assertThat(write(new GetItemResponse(null, new ConsumedCapacity("orders", 0.5, null, null, null, null, null)),
                ItemResponseWriter::getItem)).isEqualTo("{\"ConsumedCapacity\":{\"TableName\":\"orders\",\"CapacityUnits\":0.5}}");
    }

    @Test
    void itemCollectionMetricsCarryKeyAndSizeRange() {
        ItemCollectionMetrics metrics = new ItemCollectionMetrics(Map.of("pk", AttributeValue.s("a")), List.of(0.0, 1.0));

        assertThat(write(new PutItemResponse(null, null, metrics), ItemResponseWriter::putItem)).isEqualTo(
                "{\"ItemCollectionMetrics\":{\"ItemCollectionKey\":{\"pk\":{\"S\":\"a\"}},\"SizeEstimateRangeGB\":[0.0,1.0]}}");
    }

    @Test
    void selectCountAnswersCarryCountsButNoItems() {
        assertThat(write(new QueryResponse(null, 4, 7, null, null), QueryScanResponseWriter::query))
                .isEqualTo("{\"Count\":4,\"ScannedCount\":7}");
    }

    @Test
    void queryAndScanAlwaysCarryItemsAndCounts() {
        assertThat(write(new QueryResponse(List.of(), 0, 0, null, null), QueryScanResponseWriter::query))
                .isEqualTo("{\"Items\":[],\"Count\":0,\"ScannedCount\":0}");
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put("sk", AttributeValue.n("1.5"));
        key.put("pk", AttributeValue.s("a"));
        assertThat(write(new ScanResponse(List.of(key), 1, 3, key, null), QueryScanResponseWriter::scan)).isEqualTo(
                "{\"Items\":[{\"sk\":{\"N\":\"1.5\"},\"pk\":{\"S\":\"a\"}}],\"Count\":1,\"ScannedCount\":3,"
                        + "\"LastEvaluatedKey\":{\"sk\":{\"N\":\"1.5\"},\"pk\":{\"S\":\"a\"}}}");
    }

    @Test
    void listTablesAlwaysCarriesTableNames() {
        assertThat(write(new ListTablesResponse(null, null), TableResponseWriter::listTables)).isEqualTo("{\"TableNames\":[]}");
        assertThat(write(new ListTablesResponse(List.of("a1b"), "a1b"), TableResponseWriter::listTables))
                .isEqualTo("{\"TableNames\":[\"a1b\"],\"LastEvaluatedTableName\":\"a1b\"}");
    }

    @Test
    void batchAnswersAlwaysCarryTheirUnprocessedMaps() {
        assertThat(write(new BatchGetItemResponse(Map.of("t1", List.of(Map.of("pk", AttributeValue.s("a")))), null, null),
                BatchResponseWriter::batchGetItem))
                .isEqualTo("{\"Responses\":{\"t1\":[{\"pk\":{\"S\":\"a\"}}]},\"UnprocessedKeys\":{}}");
        assertThat(write(new BatchWriteItemResponse(null, null, null), BatchResponseWriter::batchWriteItem))
                .isEqualTo("{\"UnprocessedItems\":{}}");
    }

    @Test
    void errorEnvelopeCarriesTypeAndLowercaseMessage() {
        assertThat(error(ApiException.resourceNotFound("Requested resource not found"))).isEqualTo(
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
                        + "\"message\":\"Requested resource not found\"}");
        assertThat(error(ApiException.validation("bad"))).isEqualTo(
                "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"bad\"}");
    }

    @Test
    void serializationErrorsSpellMessageCapitalisedAndMalformedJsonHasNone() {
        assertThat(error(ApiException.serialization("Expected null"))).isEqualTo(
                "{\"__type\":\"com.amazon.coral.service#SerializationException\",\"Message\":\"Expected null\"}");
        assertThat(error(ApiException.serialization(null)))
                .isEqualTo("{\"__type\":\"com.amazon.coral.service#SerializationException\"}");
        assertThat(error(ApiException.unknownOperation()))
                .isEqualTo("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}");
    }

    @Test
    void conditionalCheckFailureCarriesTheItemWhenAskedFor() {
        assertThat(error(ApiException.conditionalCheckFailed(Map.of("pk", AttributeValue.s("a"))))).isEqualTo(
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
                        + "\"message\":\"The conditional request failed\",\"Item\":{\"pk\":{\"S\":\"a\"}}}");
        assertThat(error(ApiException.conditionalCheckFailed(null))).isEqualTo(
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\","
                        + "\"message\":\"The conditional request failed\"}");
    }

    @Test
    void transactionCancellationCarriesItsReasonsInOrder() {
        ApiException canceled = ApiException.transactionCanceled(
                "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]",
                List.of(new CancellationReason(null, "None", null),
                        new CancellationReason(Map.of("pk", AttributeValue.s("a")), "ConditionalCheckFailed",
                                "The conditional request failed")));

        assertThat(error(canceled)).isEqualTo(
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#TransactionCanceledException\","
                        + "\"message\":\"Transaction cancelled, please refer cancellation reasons for specific reasons "
                        + "[None, ConditionalCheckFailed]\",\"CancellationReasons\":[{\"Code\":\"None\"},"
                        + "{\"Item\":{\"pk\":{\"S\":\"a\"}},\"Code\":\"ConditionalCheckFailed\","
                        + "\"Message\":\"The conditional request failed\"}]}");
    }

    private <R> String write(R response, BiConsumer<JsonOut, R> writer) {
        return new String(codec.write(response, writer), StandardCharsets.UTF_8);
    }

    private String error(ApiException error) {
        return new String(codec.writeError(error), StandardCharsets.UTF_8);
    }
}
