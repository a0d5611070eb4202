package dev.cairn.frontend.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.Select;

class QueryScanTest {

    private final RecordingEngine engine = new RecordingEngine();
    private final DynamoDbClient client = EmbeddedDynamoDbClient.owning(engine);

    @AfterEach
    void close() {
        client.close();
    }

    @BeforeEach
    void tenItemsInTwoPartitions() {
        Tables.createKeyed(client, "events");
        for (String pk : List.of("a", "b")) {
            for (int sk = 1; sk <= 5; sk++) {
                Map<String, AttributeValue> item = new java.util.HashMap<>(Tables.everyType(pk, sk));
                item.put("even", AttributeValue.fromBool(sk % 2 == 0));
                client.putItem(b -> b.tableName("events").item(item));
            }
        }
    }

    private static int sk(Map<String, AttributeValue> item) {
        return Integer.parseInt(item.get("sk").n());
    }

    @Test
    void queryReturnsOnePartitionInSortKeyOrderWithEveryTypeIntact() {
        var response = client.query(b -> b.tableName("events").keyConditionExpression("pk = :pk AND sk >= :from")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("a"), ":from", AttributeValue.fromN("2"))));

        assertThat(response.count()).isEqualTo(4);
        assertThat(response.scannedCount()).isEqualTo(4);
        assertThat(response.hasLastEvaluatedKey()).isFalse();
        assertThat(response.items()).extracting(QueryScanTest::sk).containsExactly(2, 3, 4, 5);
        assertThat(response.items().get(0)).containsAllEntriesOf(Tables.everyType("a", 2));
    }

    @Test
    void queryBackwardsWithAFilterCountsScannedAndMatchedApart() {
        var response = client.query(b -> b.tableName("events").keyConditionExpression("pk = :pk")
                .filterExpression("even = :t").scanIndexForward(false)
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("b"), ":t", AttributeValue.fromBool(true))));

        assertThat(response.items()).extracting(QueryScanTest::sk).containsExactly(4, 2);
        assertThat(response.count()).isEqualTo(2);
        assertThat(response.scannedCount()).isEqualTo(5);
    }

    @Test
    void queryWithLegacyKeyConditionsAndSelectCount() {
        var response = Attempt.of(() -> client.query(b -> b.tableName("events").select(Select.COUNT).keyConditions(Map.of(
                "pk", Condition.builder().comparisonOperator(ComparisonOperator.EQ).attributeValueList(AttributeValue.fromS("a")).build(),
                "sk", Condition.builder().comparisonOperator(ComparisonOperator.BETWEEN)
                        .attributeValueList(AttributeValue.fromN("2"), AttributeValue.fromN("3")).build()))));

        var delivered = engine.last(dev.cairn.api.model.QueryRequest.class);
        assertThat(delivered.select()).isEqualTo("COUNT");
        assertThat(delivered.keyConditions()).isEqualTo(Map.of(
                "pk", new dev.cairn.api.model.Condition("EQ", List.of(dev.cairn.api.model.AttributeValue.s("a"))),
                "sk", new dev.cairn.api.model.Condition("BETWEEN",
                        List.of(dev.cairn.api.model.AttributeValue.n("2"), dev.cairn.api.model.AttributeValue.n("3")))));
        assertThat(delivered.keyConditionExpression()).isNull();
        assertThat(delivered.queryFilter()).isNull();
        assertThat(response.orAbort().count()).isEqualTo(2);
        assertThat(response.orAbort().items()).isEmpty();
    }

    @Test
    void aLimitedQueryAnswersALastEvaluatedKeyThatResumesIt() {
        var first = client.query(b -> b.tableName("events").keyConditionExpression("pk = :pk").limit(2)
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("a"))));
        assertThat(first.lastEvaluatedKey()).isEqualTo(Tables.key("a", 2));

        var second = client.query(b -> b.tableName("events").keyConditionExpression("pk = :pk").limit(2)
                .exclusiveStartKey(first.lastEvaluatedKey())
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("a"))));
        assertThat(second.items()).extracting(QueryScanTest::sk).containsExactly(3, 4);
    }

    @Test
    void theQueryPaginatorWalksThePartitionPageByPage() {
        var pages = client.queryPaginator(b -> b.tableName("events").keyConditionExpression("pk = :pk").limit(2)
                .projectionExpression("sk").expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("b"))));

        assertThat(pages.stream().map(p -> p.count())).containsExactly(2, 2, 1);
        assertThat(pages.items().stream().map(QueryScanTest::sk)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void theScanPaginatorSeesEveryItemOnce() {
        var pages = client.scanPaginator(b -> b.tableName("events").limit(3));

        assertThat(pages.items().stream().map(i -> i.get("pk").s() + sk(i)))
                .containsExactlyInAnyOrder("a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3", "b4", "b5");
        assertThat(pages.stream().count()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void parallelScanSegmentsTogetherCoverTheTable() {
        List<String> seen = IntStream.range(0, 3).boxed()
                .flatMap(segment -> client.scanPaginator(b -> b.tableName("events").segment(segment).totalSegments(3))
                        .items().stream())
                .map(i -> i.get("pk").s() + sk(i))
                .toList();

        assertThat(seen).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void scanWithLegacyScanFilter() {
        var attempt = Attempt.of(() -> client.scan(b -> b.tableName("events").scanFilter(Map.of("sk", Condition.builder()
                .comparisonOperator(ComparisonOperator.IN).attributeValueList(AttributeValue.fromN("1"), AttributeValue.fromN("5")).build()))));

        assertThat(engine.last(dev.cairn.api.model.ScanRequest.class).scanFilter()).isEqualTo(Map.of("sk",
                new dev.cairn.api.model.Condition("IN", List.of(dev.cairn.api.model.AttributeValue.n("1"), dev.cairn.api.model.AttributeValue.n("5")))));
        var response = attempt.orAbort();
        assertThat(response.items()).extracting(QueryScanTest::sk).containsExactlyInAnyOrder(1, 5, 1, 5);
        assertThat(response.scannedCount()).isEqualTo(10);
    }
}
