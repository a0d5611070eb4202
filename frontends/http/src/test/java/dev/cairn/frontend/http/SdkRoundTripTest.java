package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.BatchGetItemRequest;
import dev.cairn.api.model.BatchGetItemResponse;
import dev.cairn.api.model.BatchWriteItemRequest;
import dev.cairn.api.model.BatchWriteItemResponse;
import dev.cairn.api.model.CancellationReason;
import dev.cairn.api.model.Condition;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.api.model.CreateTableRequest;
import dev.cairn.api.model.CreateTableResponse;
import dev.cairn.api.model.DeleteItemRequest;
import dev.cairn.api.model.DeleteItemResponse;
import dev.cairn.api.model.DeleteRequest;
import dev.cairn.api.model.DeleteTableRequest;
import dev.cairn.api.model.DeleteTableResponse;
import dev.cairn.api.model.DescribeTableRequest;
import dev.cairn.api.model.DescribeTableResponse;
import dev.cairn.api.model.ExpectedAttributeValue;
import dev.cairn.api.model.GetItemRequest;
import dev.cairn.api.model.GetItemResponse;
import dev.cairn.api.model.GlobalSecondaryIndex;
import dev.cairn.api.model.GlobalSecondaryIndexUpdate;
import dev.cairn.api.model.ItemCollectionMetrics;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.KeysAndAttributes;
import dev.cairn.api.model.ListTablesRequest;
import dev.cairn.api.model.ListTablesResponse;
import dev.cairn.api.model.LocalSecondaryIndex;
import dev.cairn.api.model.Projection;
import dev.cairn.api.model.ProvisionedThroughput;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.PutItemResponse;
import dev.cairn.api.model.PutRequest;
import dev.cairn.api.model.QueryRequest;
import dev.cairn.api.model.QueryResponse;
import dev.cairn.api.model.ScanRequest;
import dev.cairn.api.model.ScanResponse;
import dev.cairn.api.model.StreamSpecification;
import dev.cairn.api.model.Tag;
import dev.cairn.api.model.UpdateItemRequest;
import dev.cairn.api.model.UpdateItemResponse;
import dev.cairn.api.model.UpdateTableRequest;
import dev.cairn.api.model.UpdateTableResponse;
import dev.cairn.api.model.WriteRequest;
import dev.cairn.frontend.http.json.ResponseFormatSamples;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * A real AWS SDK v2 DynamoDbClient against the server: every operation's request is marshalled by
 * the SDK and read by the codec (the engine double records it), and every response is written by
 * the codec and unmarshalled by the SDK, which also verifies x-amz-crc32 on each answer.
 */
class SdkRoundTripTest {

    private static final ScriptedEngine ENGINE = new ScriptedEngine();
    private static HttpFrontend server;
    private static DynamoDbClient client;

    private static final Map<String, AttributeValue> ITEM = ResponseFormatSamples.everyType();
    private static final Map<String, AttributeValue> KEY = Map.of("pk", AttributeValue.s("a"), "sk", AttributeValue.n("1.5"));

    @BeforeAll
    static void start() {
        server = HttpFrontend.start(ENGINE, HttpConfig.defaults().withPort(0));
        client = DynamoDbClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none()))
                .build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void putItemCarriesEveryAttributeTypeBothWays() {
        ENGINE.answer(new PutItemResponse(ITEM, new ConsumedCapacity("t1", 1.0, null, null, null, null, null),
                new ItemCollectionMetrics(KEY, List.of(0.0, 1.0))));

        var response = client.putItem(b -> b.tableName("t1").item(Sdk.item(ITEM))
                .conditionExpression("attribute_not_exists(#p)").expressionAttributeNames(Map.of("#p", "pk"))
                .expressionAttributeValues(Sdk.item(KEY)).returnValues("ALL_OLD").returnConsumedCapacity("TOTAL")
                .returnItemCollectionMetrics("SIZE").returnValuesOnConditionCheckFailure("ALL_OLD")
                .expected(Map.of("pk", software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue.builder()
                        .exists(false).build()))
                .conditionalOperator("AND"));

        assertThat(ENGINE.<PutItemRequest>lastRequest()).isEqualTo(new PutItemRequest("t1", ITEM,
                "attribute_not_exists(#p)", Map.of("#p", "pk"), KEY, "ALL_OLD", "TOTAL", "SIZE", "ALL_OLD",
                Map.of("pk", new ExpectedAttributeValue(null, false, null, null)), "AND"));
        assertThat(response.attributes()).isEqualTo(Sdk.item(ITEM));
        assertThat(response.consumedCapacity().capacityUnits()).isEqualTo(1.0);
        assertThat(response.itemCollectionMetrics().itemCollectionKey()).isEqualTo(Sdk.item(KEY));
        assertThat(response.itemCollectionMetrics().sizeEstimateRangeGB()).containsExactly(0.0, 1.0);
    }

    @Test
    void getItemReturnsTheItemAsSent() {
        ENGINE.answer(new GetItemResponse(ITEM, null));

        var response = client.getItem(b -> b.tableName("t1").key(Sdk.item(KEY)).consistentRead(true)
                .projectionExpression("#s").expressionAttributeNames(Map.of("#s", "s")).returnConsumedCapacity("NONE"));

        assertThat(ENGINE.<GetItemRequest>lastRequest()).isEqualTo(
                new GetItemRequest("t1", KEY, true, "#s", Map.of("#s", "s"), null, "NONE"));
        assertThat(response.item()).isEqualTo(Sdk.item(ITEM));
    }

    @Test
    void getItemOfAMissingItemHasNoItem() {
        ENGINE.answer(new GetItemResponse(null, null));

        assertThat(client.getItem(b -> b.tableName("t1").key(Sdk.item(KEY))).hasItem()).isFalse();
    }

    @Test
    void queryRoundTripsItemsCountsAndLastEvaluatedKey() {
        ENGINE.answer(new QueryResponse(List.of(ITEM, KEY), 2, 5, KEY, null));

        var response = client.query(b -> b.tableName("t1").indexName("gsi1").keyConditionExpression("pk = :p")
                .filterExpression("x > :p").projectionExpression("pk").expressionAttributeNames(Map.of("#n", "n"))
                .expressionAttributeValues(Map.of(":p", Sdk.value(AttributeValue.s("a")))).select("SPECIFIC_ATTRIBUTES")
                .limit(10).consistentRead(false).scanIndexForward(false).exclusiveStartKey(Sdk.item(KEY))
                .returnConsumedCapacity("INDEXES"));

        assertThat(ENGINE.<QueryRequest>lastRequest()).isEqualTo(new QueryRequest("t1", "gsi1", "pk = :p", "x > :p", "pk",
                Map.of("#n", "n"), Map.of(":p", AttributeValue.s("a")), "SPECIFIC_ATTRIBUTES", 10, false, false, KEY,
                "INDEXES", null, null, null, null));
        assertThat(response.items()).containsExactly(Sdk.item(ITEM), Sdk.item(KEY));
        assertThat(response.count()).isEqualTo(2);
        assertThat(response.scannedCount()).isEqualTo(5);
        assertThat(response.lastEvaluatedKey()).isEqualTo(Sdk.item(KEY));
    }

    @Test
    void legacyQueryConditionsAreRead() {
        ENGINE.answer(new QueryResponse(List.of(), 0, 0, null, null));

        client.query(b -> b.tableName("t1").attributesToGet("pk").conditionalOperator("OR")
                .keyConditions(Map.of("pk", software.amazon.awssdk.services.dynamodb.model.Condition.builder()
                        .comparisonOperator("EQ").attributeValueList(Sdk.value(AttributeValue.s("a"))).build()))
                .queryFilter(Map.of("n", software.amazon.awssdk.services.dynamodb.model.Condition.builder()
                        .comparisonOperator("NOT_NULL").build())));

        assertThat(ENGINE.<QueryRequest>lastRequest()).isEqualTo(new QueryRequest("t1", null, null, null, null, null,
                null, null, null, null, null, null, null, List.of("pk"),
                Map.of("pk", new Condition("EQ", List.of(AttributeValue.s("a")))),
                Map.of("n", new Condition("NOT_NULL", null)), "OR"));
    }

    @Test
    void scanRoundTripsSegmentsAndFilters() {
        ENGINE.answer(new ScanResponse(List.of(ITEM), 1, 1, null, new ConsumedCapacity("t1", 0.5, null, null, null, null, null)));

        var response = client.scan(b -> b.tableName("t1").segment(1).totalSegments(4).limit(3)
                .scanFilter(Map.of("s", software.amazon.awssdk.services.dynamodb.model.Condition.builder()
                        .comparisonOperator("BEGINS_WITH").attributeValueList(Sdk.value(AttributeValue.s("t"))).build())));

        assertThat(ENGINE.<ScanRequest>lastRequest()).isEqualTo(new ScanRequest("t1", null, null, null, null, null, null,
                3, null, null, 1, 4, null, null, Map.of("s", new Condition("BEGINS_WITH", List.of(AttributeValue.s("t")))),
                null));
        assertThat(response.items()).containsExactly(Sdk.item(ITEM));
        assertThat(response.hasLastEvaluatedKey()).isFalse();
        assertThat(response.consumedCapacity().capacityUnits()).isEqualTo(0.5);
    }

    @Test
    void updateItemReadsExpressionsAndLegacyUpdates() {
        ENGINE.answer(new UpdateItemResponse(Map.of("n", AttributeValue.n("2")), null, null));

        var response = client.updateItem(b -> b.tableName("t1").key(Sdk.item(KEY)).updateExpression("SET n = n + :one")
                .expressionAttributeValues(Map.of(":one", Sdk.value(AttributeValue.n("1")))).returnValues("UPDATED_NEW")
                .attributeUpdates(Map.of("x", software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate.builder()
                        .action("DELETE").build())));

        assertThat(ENGINE.<UpdateItemRequest>lastRequest()).isEqualTo(new UpdateItemRequest("t1", KEY, "SET n = n + :one",
                null, null, Map.of(":one", AttributeValue.n("1")), "UPDATED_NEW", null, null, null,
                Map.of("x", new dev.cairn.api.model.AttributeValueUpdate(null, "DELETE")), null, null));
        assertThat(response.attributes()).isEqualTo(Map.of("n", Sdk.value(AttributeValue.n("2"))));
    }

    @Test
    void deleteItemRoundTrips() {
        ENGINE.answer(new DeleteItemResponse(null, null, null));

        var response = client.deleteItem(b -> b.tableName("t1").key(Sdk.item(KEY)).conditionExpression("attribute_exists(pk)"));

        assertThat(ENGINE.<DeleteItemRequest>lastRequest()).isEqualTo(new DeleteItemRequest("t1", KEY,
                "attribute_exists(pk)", null, null, null, null, null, null, null, null));
        assertThat(response.hasAttributes()).isFalse();
    }

    @Test
    void batchGetItemRoundTripsResponsesAndUnprocessedKeys() {
        KeysAndAttributes keys = new KeysAndAttributes(List.of(KEY), null, true, "pk, #s", Map.of("#s", "s"));
        ENGINE.answer(new BatchGetItemResponse(Map.of("t1", List.of(ITEM)), Map.of("t2", keys),
                List.of(new ConsumedCapacity("t1", 1.0, null, null, null, null, null))));

        var response = client.batchGetItem(b -> b.requestItems(Map.of("t1",
                software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder().keys(Sdk.item(KEY))
                        .consistentRead(true).projectionExpression("pk, #s").expressionAttributeNames(Map.of("#s", "s"))
                        .build())).returnConsumedCapacity("TOTAL"));

        assertThat(ENGINE.<BatchGetItemRequest>lastRequest()).isEqualTo(
                new BatchGetItemRequest(Map.of("t1", keys), "TOTAL"));
        assertThat(response.responses().get("t1")).containsExactly(Sdk.item(ITEM));
        assertThat(response.unprocessedKeys().get("t2").keys()).containsExactly(Sdk.item(KEY));
        assertThat(response.unprocessedKeys().get("t2").projectionExpression()).isEqualTo("pk, #s");
        assertThat(response.consumedCapacity()).hasSize(1);
    }

    @Test
    void batchWriteItemRoundTripsPutsDeletesAndUnprocessedItems() {
        List<WriteRequest> writes = List.of(new WriteRequest(new PutRequest(ITEM), null),
                new WriteRequest(null, new DeleteRequest(KEY)));
        ENGINE.answer(new BatchWriteItemResponse(Map.of("t1", writes),
                Map.of("t1", List.of(new ItemCollectionMetrics(KEY, List.of(0.0, 1.0)))), null));

        var response = client.batchWriteItem(b -> b.requestItems(Map.of("t1", List.of(
                software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                        .putRequest(p -> p.item(Sdk.item(ITEM))).build(),
                software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                        .deleteRequest(d -> d.key(Sdk.item(KEY))).build()))).returnItemCollectionMetrics("SIZE"));

        assertThat(ENGINE.<BatchWriteItemRequest>lastRequest()).isEqualTo(
                new BatchWriteItemRequest(Map.of("t1", writes), null, "SIZE"));
        assertThat(response.unprocessedItems().get("t1")).hasSize(2);
        assertThat(response.unprocessedItems().get("t1").get(0).putRequest().item()).isEqualTo(Sdk.item(ITEM));
        assertThat(response.unprocessedItems().get("t1").get(1).deleteRequest().key()).isEqualTo(Sdk.item(KEY));
        assertThat(response.itemCollectionMetrics().get("t1").get(0).itemCollectionKey()).isEqualTo(Sdk.item(KEY));
    }

    @Test
    void createTableReadsEveryMemberAndTheSdkParsesTheDescription() {
        ENGINE.answer(new CreateTableResponse(ResponseFormatSamples.table()));
        var keySchema = List.of(new KeySchemaElement("pk", "HASH"));

        var response = client.createTable(b -> b.tableName("orders")
                .attributeDefinitions(a -> a.attributeName("pk").attributeType("S"))
                .keySchema(k -> k.attributeName("pk").keyType("HASH"))
                .localSecondaryIndexes(l -> l.indexName("lsi1").keySchema(k -> k.attributeName("pk").keyType("HASH"))
                        .projection(p -> p.projectionType("KEYS_ONLY")))
                .globalSecondaryIndexes(g -> g.indexName("gsi1").keySchema(k -> k.attributeName("pk").keyType("HASH"))
                        .projection(p -> p.projectionType("INCLUDE").nonKeyAttributes("x"))
                        .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(6L)))
                .billingMode("PROVISIONED").provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(2L))
                .streamSpecification(s -> s.streamEnabled(true).streamViewType("NEW_IMAGE"))
                .tags(t -> t.key("team").value("db")).tableClass("STANDARD").deletionProtectionEnabled(false));

        assertThat(ENGINE.<CreateTableRequest>lastRequest()).isEqualTo(new CreateTableRequest("orders",
                List.of(new AttributeDefinition("pk", "S")), keySchema,
                List.of(new LocalSecondaryIndex("lsi1", keySchema, new Projection("KEYS_ONLY", null))),
                List.of(new GlobalSecondaryIndex("gsi1", keySchema, new Projection("INCLUDE", List.of("x")),
                        new ProvisionedThroughput(5L, 6L))),
                "PROVISIONED", new ProvisionedThroughput(1L, 2L), new StreamSpecification(true, "NEW_IMAGE"),
                List.of(new Tag("team", "db")), "STANDARD", false));
        var table = response.tableDescription();
        assertThat(table.creationDateTime()).isEqualTo(ResponseFormatSamples.table().creationDateTime());
        assertThat(table.provisionedThroughput().lastIncreaseDateTime()).isEqualTo(java.time.Instant.EPOCH);
        assertThat(table.globalSecondaryIndexes().get(0).projection().nonKeyAttributes()).containsExactly("x");
        assertThat(table.localSecondaryIndexes().get(0).indexArn()).endsWith("/index/lsi1");
        assertThat(table.deletionProtectionEnabled()).isFalse();
    }

    @Test
    void describeListUpdateAndDeleteTableRoundTrip() {
        ENGINE.answer(new DescribeTableResponse(ResponseFormatSamples.table()));
        assertThat(client.describeTable(b -> b.tableName("orders")).table().tableName()).isEqualTo("orders");
        assertThat(ENGINE.<DescribeTableRequest>lastRequest()).isEqualTo(new DescribeTableRequest("orders"));

        ENGINE.answer(new ListTablesResponse(List.of("orders"), "orders"));
        var listed = client.listTables(b -> b.exclusiveStartTableName("a1b").limit(1));
        assertThat(ENGINE.<ListTablesRequest>lastRequest()).isEqualTo(new ListTablesRequest("a1b", 1));
        assertThat(listed.tableNames()).containsExactly("orders");
        assertThat(listed.lastEvaluatedTableName()).isEqualTo("orders");

        ENGINE.answer(new UpdateTableResponse(ResponseFormatSamples.table()));
        client.updateTable(b -> b.tableName("orders").billingMode("PAY_PER_REQUEST")
                .globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("gsi1")),
                        u -> u.update(d -> d.indexName("gsi2").provisionedThroughput(t -> t.readCapacityUnits(3L)
                                .writeCapacityUnits(4L)))));
        assertThat(ENGINE.<UpdateTableRequest>lastRequest()).isEqualTo(new UpdateTableRequest("orders", null,
                "PAY_PER_REQUEST", null, List.of(
                        new GlobalSecondaryIndexUpdate(null, null, new GlobalSecondaryIndexUpdate.Delete("gsi1")),
                        new GlobalSecondaryIndexUpdate(null, new GlobalSecondaryIndexUpdate.Update("gsi2",
                                new ProvisionedThroughput(3L, 4L)), null)),
                null, null, null));

        ENGINE.answer(new DeleteTableResponse(ResponseFormatSamples.table()));
        assertThat(client.deleteTable(b -> b.tableName("orders")).tableDescription().tableStatusAsString()).isEqualTo("ACTIVE");
        assertThat(ENGINE.<DeleteTableRequest>lastRequest()).isEqualTo(new DeleteTableRequest("orders"));
    }

    @Test
    void resourceNotFoundBecomesTheSdkException() {
        ENGINE.fail(ApiException.resourceNotFound("Requested resource not found"));

        assertThatThrownBy(() -> client.getItem(b -> b.tableName("t1").key(Sdk.item(KEY))))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Requested resource not found");
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.requestId()).matches("[A-Z0-9]{52}");
                });
    }

    @Test
    void conditionalCheckFailureCarriesTheItemToTheSdk() {
        ENGINE.fail(ApiException.conditionalCheckFailed(ITEM));

        assertThatThrownBy(() -> client.putItem(b -> b.tableName("t1").item(Sdk.item(KEY))))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class, e -> {
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The conditional request failed");
                    assertThat(e.item()).isEqualTo(Sdk.item(ITEM));
                });
    }

    @Test
    void transactionCancellationReasonsReachTheSdk() {
        ENGINE.fail(ApiException.transactionCanceled("Transaction cancelled", List.of(
                new CancellationReason(null, "None", null),
                new CancellationReason(KEY, "ConditionalCheckFailed", "The conditional request failed"))));

        assertThatThrownBy(() -> client.putItem(b -> b.tableName("t1").item(Sdk.item(KEY))))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.cancellationReasons()).hasSize(2);
                    assertThat(e.cancellationReasons().get(0).code()).isEqualTo("None");
                    assertThat(e.cancellationReasons().get(1).item()).isEqualTo(Sdk.item(KEY));
                });
    }

    @Test
    void validationErrorKeepsItsCodeAndMessage() {
        ENGINE.fail(ApiException.validation("One or more parameter values were invalid: Missing the key pk in the item"));

        assertThatThrownBy(() -> client.putItem(b -> b.tableName("t1").item(Sdk.item(KEY))))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("One or more parameter values were invalid: Missing the key pk in the item");
                });
    }

    @Test
    void unexpectedEngineFailureIsAnInternalServerError() {
        ENGINE.fail(new NullPointerException("bug"));

        assertThatThrownBy(() -> client.listTables())
                .isInstanceOfSatisfying(InternalServerErrorException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Internal server error"));
    }

    /** Converts Cairn's attribute values to the SDK's, to say what the SDK must see. */
    static final class Sdk {
        private Sdk() {}

        static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item(Map<String, AttributeValue> item) {
            Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> out = new java.util.LinkedHashMap<>();
            item.forEach((k, v) -> out.put(k, value(v)));
            return out;
        }

        static software.amazon.awssdk.services.dynamodb.model.AttributeValue value(AttributeValue v) {
            var b = software.amazon.awssdk.services.dynamodb.model.AttributeValue.builder();
            if (v instanceof AttributeValue.S s) {
                b.s(s.value());
            } else if (v instanceof AttributeValue.N n) {
                b.n(n.value());
            } else if (v instanceof AttributeValue.B bin) {
                b.b(SdkBytes.fromByteArray(bin.value()));
            } else if (v instanceof AttributeValue.Bool bool) {
                b.bool(bool.value());
            } else if (v instanceof AttributeValue.Null nul) {
                b.nul(nul.value());
            } else if (v instanceof AttributeValue.M m) {
                b.m(item(m.value()));
            } else if (v instanceof AttributeValue.L l) {
                b.l(l.value().stream().map(Sdk::value).toList());
            } else if (v instanceof AttributeValue.SS ss) {
                b.ss(ss.value());
            } else if (v instanceof AttributeValue.NS ns) {
                b.ns(ns.value());
            } else if (v instanceof AttributeValue.BS bs) {
                b.bs(bs.value().stream().map(SdkBytes::fromByteArray).toList());
            }
            return b.build();
        }
    }
}
