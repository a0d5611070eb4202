package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static dev.cairn.tck.api.Items.ascii;
import static dev.cairn.tck.api.Items.b;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Query: one partition, in sort-key order (numbers by value, strings by UTF-8 bytes, binaries by
 * unsigned bytes), forward or backward; pages end at Limit items or 1 MB and resume from
 * LastEvaluatedKey; FilterExpression applies after the page is read, so Count can be below
 * ScannedCount. Secondary indexes are queried the same way.
 */
public abstract class QuerySuite extends ApiSuite {

    @Test
    void queryReturnsOnlyThePartitionInNumericSortKeyOrder() {
        String table = compositeTable(ScalarAttributeType.N);
        for (String sk : List.of("10", "-3", "2", "1.5", "100")) {
            put(table, item("pk", s("p"), "sk", n(sk)));
        }
        put(table, item("pk", s("other"), "sk", n(0)));

        assertThat(sortKeys(query(table, false))).containsExactly("-3", "1.5", "2", "10", "100");
        assertThat(sortKeys(query(table, true))).containsExactly("100", "10", "2", "1.5", "-3");
    }

    @Test
    void stringSortKeysOrderByUtf8BytesNotUtf16() {
        String table = compositeTable(ScalarAttributeType.S);
        List<String> utf8Order = List.of("B", "a", "\u00E9", "\uFB00", "\uD83D\uDE00");
        for (String sk : List.of("\uD83D\uDE00", "a", "\uFB00", "B", "\u00E9")) {
            put(table, item("pk", s("p"), "sk", s(sk)));
        }

        List<String> read = query(table, false).items().stream().map(i -> i.get("sk").s()).toList();

        assertThat(read).containsExactlyElementsOf(utf8Order);
    }

    @Test
    void binarySortKeysOrderByUnsignedBytes() {
        String table = compositeTable(ScalarAttributeType.B);
        put(table, item("pk", s("p"), "sk", b(0x80)));
        put(table, item("pk", s("p"), "sk", b(0x7F)));
        put(table, item("pk", s("p"), "sk", b(0xFF, 0x00)));
        put(table, item("pk", s("p"), "sk", b(0x00)));

        List<Integer> firstBytes = query(table, false).items().stream()
                .map(i -> i.get("sk").b().asByteArray()[0] & 0xFF).toList();

        assertThat(firstBytes).containsExactly(0x00, 0x7F, 0x80, 0xFF);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sk = :b | b", "sk < :b | a,a1", "sk <= :b | a,a1,b", "sk > :b | b1,c", "sk >= :b | b,b1,c",
        "sk BETWEEN :a1 AND :b1 | a1,b,b1", "begins_with(sk, :b) | b,b1"
    })
    void sortKeyConditionSelectsTheRange(String condition, String expected) {
        String table = compositeTable(ScalarAttributeType.S);
        for (String sk : List.of("a", "a1", "b", "b1", "c")) {
            put(table, item("pk", s("p"), "sk", s(sk)));
        }
        Map<String, AttributeValue> values = item(":p", s("p"), ":a1", s("a1"), ":b", s("b"), ":b1", s("b1"));
        values.keySet().removeIf(name -> !name.equals(":p") && !condition.matches(".*" + name + "(\\W.*|$)"));

        QueryResponse response = client.query(r -> r.tableName(table).keyConditionExpression("pk = :p AND " + condition)
                .expressionAttributeValues(values));

        assertThat(response.items().stream().map(i -> i.get("sk").s()).toList()).containsExactly(expected.split(","));
    }

    @Test
    void betweenWithTheBoundsReversedIsRejected() {
        String table = compositeTable(ScalarAttributeType.S);

        assertValidation("Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or"
                        + " equal to lower bound; lower bound operand: AttributeValue: {S:b}, upper bound operand: AttributeValue: {S:a1}",
                () -> client.query(r -> r.tableName(table).keyConditionExpression("pk = :p AND sk BETWEEN :b AND :a1")
                        .expressionAttributeValues(item(":p", s("p"), ":b", s("b"), ":a1", s("a1")))));
    }

    @Test
    void queryOfAnEmptyPartitionReturnsNoItemsAndNoLastEvaluatedKey() {
        String table = compositeTable(ScalarAttributeType.N);
        put(table, item("pk", s("other"), "sk", n(1)));

        QueryResponse response = query(table, false);

        assertThat(response.items()).isEmpty();
        assertThat(response.count()).isZero();
        assertThat(response.hasLastEvaluatedKey()).isFalse();
    }

    @Test
    void limitPagesResumeFromLastEvaluatedKeyInBothDirections() {
        String table = compositeTable(ScalarAttributeType.N);
        for (int i = 1; i <= 7; i++) {
            put(table, item("pk", s("p"), "sk", n(i)));
        }

        assertThat(pageThrough(table, 3, true)).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(pageThrough(table, 3, false)).containsExactly("7", "6", "5", "4", "3", "2", "1");
        QueryResponse first = client.query(base(table, true).limit(3).build());
        assertThat(first.lastEvaluatedKey()).isEqualTo(item("pk", s("p"), "sk", n(3)));
    }

    @Test
    void pagesStopAtOneMegabyteOfItems() {
        String table = compositeTable(ScalarAttributeType.N);
        for (int i = 0; i < 15; i++) {
            put(table, item("pk", s("p"), "sk", n(i), "blob", s(ascii(100_000))));
        }

        QueryResponse first = client.query(base(table, true).build());

        assertThat(first.count()).isBetween(9, 11);
        assertThat(first.hasLastEvaluatedKey()).isTrue();
        assertThat(pageThrough(table, null, true)).hasSize(15).doesNotHaveDuplicates();
    }

    @Test
    void selectCountReturnsTheCountWithoutItems() {
        String table = compositeTable(ScalarAttributeType.N);
        for (int i = 0; i < 4; i++) {
            put(table, item("pk", s("p"), "sk", n(i)));
        }

        QueryResponse response = client.query(base(table, true).select(Select.COUNT).build());

        assertThat(response.count()).isEqualTo(4);
        assertThat(response.scannedCount()).isEqualTo(4);
        assertThat(response.hasItems()).isFalse();
    }

    @Test
    void filterExpressionAppliesAfterLimitSoCountCanBeBelowScannedCount() {
        String table = compositeTable(ScalarAttributeType.N);
        for (int i = 0; i < 6; i++) {
            put(table, item("pk", s("p"), "sk", n(i), "even", Items.bool(i % 2 == 0)));
        }

        QueryResponse response = client.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                .filterExpression("even = :t").expressionAttributeValues(item(":p", s("p"), ":t", Items.bool(true))).limit(3));

        assertThat(sortKeys(response)).containsExactly("0", "2");
        assertThat(response.count()).isEqualTo(2);
        assertThat(response.scannedCount()).isEqualTo(3);
        assertThat(response.lastEvaluatedKey()).isEqualTo(item("pk", s("p"), "sk", n(2)));
    }

    @Test
    void projectionExpressionLimitsTheReturnedAttributes() {
        String table = compositeTable(ScalarAttributeType.N);
        put(table, item("pk", s("p"), "sk", n(1), "a", n(1), "b", n(2)));

        QueryResponse response = client.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                .expressionAttributeValues(item(":p", s("p"))).projectionExpression("b"));

        assertThat(response.items()).containsExactly(item("b", n(2)));
    }

    @Test
    void filterOnAKeyAttributeIsRejected() {
        String table = compositeTable(ScalarAttributeType.N);

        assertValidation("Filter Expression can only contain non-primary key attributes: Primary key attribute: sk",
                () -> client.query(r -> r.tableName(table).keyConditionExpression("pk = :p").filterExpression("sk = :one")
                        .expressionAttributeValues(item(":p", s("p"), ":one", n(1)))));
    }

    @Test
    void keyConditionWithoutTheHashKeyIsRejected() {
        String table = compositeTable(ScalarAttributeType.N);

        assertValidation(() -> client.query(r -> r.tableName(table).keyConditionExpression("sk = :one")
                .expressionAttributeValues(item(":one", n(1)))));
    }

    @Test
    void keyConditionOnTheHashKeyMustBeEquality() {
        String table = compositeTable(ScalarAttributeType.N);

        assertValidation("Query key condition not supported", () -> client.query(r -> r.tableName(table)
                .keyConditionExpression("pk < :p").expressionAttributeValues(item(":p", s("p")))));
    }

    @Test
    void keyConditionValueOfTheWrongTypeIsRejected() {
        String table = compositeTable(ScalarAttributeType.N);

        assertValidation("One or more parameter values were invalid: Condition parameter type does not match schema type",
                () -> client.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                        .expressionAttributeValues(item(":p", n(1)))));
    }

    @Test
    @Requires(Capability.SECONDARY_INDEXES)
    void globalSecondaryIndexHoldsOnlyItemsWithTheIndexKey() {
        String table = createTable(CreateTableRequest.builder().tableName(uniqueTableName()).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("pk", KeyType.HASH))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("city", ScalarAttributeType.S),
                        attribute("age", ScalarAttributeType.N))
                .globalSecondaryIndexes(g -> g.indexName("byCity").keySchema(key("city", KeyType.HASH), key("age", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))
                .build());
        put(table, item("pk", s("1"), "city", s("Oslo"), "age", n(40)));
        put(table, item("pk", s("2"), "city", s("Oslo"), "age", n(30)));
        put(table, item("pk", s("3"), "city", s("Rome"), "age", n(20)));
        put(table, item("pk", s("4"), "age", n(10)));

        QueryResponse response = client.query(r -> r.tableName(table).indexName("byCity").keyConditionExpression("city = :c")
                .expressionAttributeValues(item(":c", s("Oslo"))));

        assertThat(response.items().stream().map(i -> i.get("pk").s()).toList()).containsExactly("2", "1");
        assertThat(client.scan(r -> r.tableName(table).indexName("byCity")).count()).isEqualTo(3);
    }

    @Test
    @Requires(Capability.SECONDARY_INDEXES)
    void localSecondaryIndexOrdersThePartitionByTheIndexSortKey() {
        String table = createTable(CreateTableRequest.builder().tableName(uniqueTableName()).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N),
                        attribute("rank", ScalarAttributeType.N))
                .localSecondaryIndexes(l -> l.indexName("byRank").keySchema(key("pk", KeyType.HASH), key("rank", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                .build());
        put(table, item("pk", s("p"), "sk", n(1), "rank", n(3), "other", s("x")));
        put(table, item("pk", s("p"), "sk", n(2), "rank", n(1)));
        put(table, item("pk", s("p"), "sk", n(3)));

        QueryResponse response = client.query(r -> r.tableName(table).indexName("byRank").keyConditionExpression("pk = :p")
                .expressionAttributeValues(item(":p", s("p"))));

        assertThat(response.items()).containsExactly(item("pk", s("p"), "sk", n(2), "rank", n(1)),
                item("pk", s("p"), "sk", n(1), "rank", n(3)));
    }

    private QueryRequest.Builder base(String table, boolean forward) {
        return QueryRequest.builder().tableName(table).keyConditionExpression("pk = :p")
                .expressionAttributeValues(item(":p", s("p"))).scanIndexForward(forward).consistentRead(true);
    }

    private QueryResponse query(String table, boolean backward) {
        return client.query(base(table, !backward).build());
    }

    private List<String> pageThrough(String table, Integer limit, boolean forward) {
        List<String> keys = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = client.query(base(table, forward).limit(limit).exclusiveStartKey(start).build());
            assertThat(page.count()).isLessThanOrEqualTo(limit == null ? Integer.MAX_VALUE : limit);
            keys.addAll(sortKeys(page));
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return keys;
    }

    private static List<String> sortKeys(QueryResponse response) {
        return response.items().stream().map(i -> i.get("sk").n()).toList();
    }
}
