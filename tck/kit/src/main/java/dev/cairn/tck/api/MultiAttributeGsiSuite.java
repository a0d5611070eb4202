package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static dev.cairn.tck.api.IndexReads.eventually;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Global secondary indexes whose partition key and sort key each have up to four attributes
 * (DynamoDB, November 2025: developer guide "Multi-attribute keys pattern"; ScyllaDB Alternator's
 * test/alternator/test_gsi_composite_keys.py, written against DynamoDB). A Query needs equality on
 * every partition key attribute and conditions on the sort key attributes left to right, equality
 * on all but the last one conditioned; items come back in the order of the sort key tuple. An item
 * missing any key attribute is not in the index. Messages are DynamoDB Local 3.3.1's: no public
 * source quotes DynamoDB's own.
 *
 * <p>The index used by most tests, {@code gsi}: partition key (h1 S, h2 N), sort key (r1 N, r2 S),
 * projection ALL, on a table keyed by p S.
 */
@Requires(Capability.SECONDARY_INDEXES)
public abstract class MultiAttributeGsiSuite extends ApiSuite {

    @Test
    void describeTableListsEveryPartitionAndSortKeyAttributeInKeySchemaOrder() {
        String table = indexedTable();

        List<KeySchemaElement> keySchema = client.describeTable(r -> r.tableName(table)).table()
                .globalSecondaryIndexes().get(0).keySchema();

        assertThat(keySchema).containsExactly(key("h1", KeyType.HASH), key("h2", KeyType.HASH),
                key("r1", KeyType.RANGE), key("r2", KeyType.RANGE));
    }

    @Test
    void queryWithEqualityOnEveryPartitionKeyAttributeReturnsItemsInSortKeyTupleOrder() {
        String table = indexedTable();
        putRow(table, "a", "x", 1, 10, "b");
        putRow(table, "b", "x", 1, 2, "z");
        putRow(table, "c", "x", 1, 10, "a");
        putRow(table, "d", "x", 2, 1, "a");
        putRow(table, "e", "y", 1, 1, "a");

        assertThat(baseKeys(awaitQuery(table, 3, "h1 = :h1 AND h2 = :h2", ":h1", s("x"), ":h2", n(1))))
                .containsExactly("b", "c", "a");
        assertThat(baseKeys(query(table, false, "h1 = :h1 AND h2 = :h2", ":h1", s("x"), ":h2", n(1)).items()))
                .containsExactly("a", "c", "b");
    }

    @Test
    void sortKeyConditionsApplyLeftToRightWithEqualityBeforeTheLastOne() {
        String table = indexedTable();
        putRow(table, "a", "x", 1, 5, "apple");
        putRow(table, "b", "x", 1, 5, "banana");
        putRow(table, "c", "x", 1, 5, "cherry");
        putRow(table, "d", "x", 1, 7, "apricot");
        putRow(table, "e", "x", 1, 9, "avocado");
        awaitQuery(table, 5, "h1 = :h1 AND h2 = :h2", ":h1", s("x"), ":h2", n(1));

        assertThat(baseKeys(query(table, true, "h1 = :h1 AND h2 = :h2 AND r1 = :r1", ":h1", s("x"), ":h2", n(1),
                ":r1", n(5)).items())).containsExactly("a", "b", "c");
        assertThat(baseKeys(query(table, true, "h1 = :h1 AND h2 = :h2 AND r1 >= :r1", ":h1", s("x"), ":h2", n(1),
                ":r1", n(7)).items())).containsExactly("d", "e");
        assertThat(baseKeys(query(table, true, "h1 = :h1 AND h2 = :h2 AND r1 = :r1 AND r2 > :r2", ":h1", s("x"),
                ":h2", n(1), ":r1", n(5), ":r2", s("apple")).items())).containsExactly("b", "c");
        assertThat(baseKeys(query(table, true, "h1 = :h1 AND h2 = :h2 AND r1 = :r1 AND begins_with(r2, :p)",
                ":h1", s("x"), ":h2", n(1), ":r1", n(5), ":p", s("b")).items())).containsExactly("b");
        assertThat(baseKeys(query(table, true, "h1 = :h1 AND h2 = :h2 AND r1 BETWEEN :lo AND :hi", ":h1", s("x"),
                ":h2", n(1), ":lo", n(6), ":hi", n(9)).items())).containsExactly("d", "e");
        assertThat(baseKeys(query(table, true, "r2 = :r2 AND h2 = :h2 AND r1 = :r1 AND h1 = :h1", ":h1", s("x"),
                ":h2", n(1), ":r1", n(5), ":r2", s("cherry")).items())).containsExactly("c");
    }

    @Test
    void itemMissingAnyKeyAttributeIsLeftOutOfTheIndexUntilItHasThemAll() {
        String table = indexedTable();
        put(table, item("p", s("full"), "h1", s("x"), "h2", n(1), "r1", n(1), "r2", s("a")));
        put(table, item("p", s("noH2"), "h1", s("x"), "r1", n(1), "r2", s("a")));
        put(table, item("p", s("noR2"), "h1", s("x"), "h2", n(1), "r1", n(1)));
        assertThat(baseKeys(awaitQuery(table, 1, "h1 = :h1 AND h2 = :h2", ":h1", s("x"), ":h2", n(1))))
                .containsExactly("full");

        client.updateItem(r -> r.tableName(table).key(item("p", s("noR2"))).updateExpression("SET r2 = :v")
                .expressionAttributeValues(item(":v", s("b"))));
        client.updateItem(r -> r.tableName(table).key(item("p", s("full"))).updateExpression("REMOVE r1"));

        assertThat(baseKeys(eventually(() -> query(table, true, "h1 = :h1 AND h2 = :h2", ":h1", s("x"), ":h2", n(1))
                .items(), items -> baseKeys(items).equals(List.of("noR2"))))).containsExactly("noR2");
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers only \"One or more parameter values were invalid: "
            + "Type mismatch for Index Key\", as it does for every index (see GlobalSecondaryIndexSuite)")
    void writeWithAWrongTypedKeyAttributeIsRejected() {
        String table = indexedTable();

        assertValidation("One or more parameter values were invalid: Type mismatch for Index Key h2 Expected: N "
                + "Actual: S IndexName: gsi", () -> put(table, item("p", s("1"), "h1", s("x"), "h2", s("1"))));
        assertValidation("One or more parameter values were invalid: Type mismatch for Index Key r2 Expected: S "
                + "Actual: N IndexName: gsi", () -> put(table, item("p", s("1"), "r2", n(1))));
        assertThat(get(table, item("p", s("1")))).isNull();
    }

    @Test
    void queryNeedsEqualityOnEveryPartitionKeyAttribute() {
        String table = indexedTable();

        assertValidation("HASH key attributes h2 must have equality conditions specified in the query",
                () -> query(table, true, "h1 = :h1", ":h1", s("x")));
        assertValidation("HASH key attributes h2 must have equality conditions specified in the query",
                () -> query(table, true, "h1 = :h1 AND h2 > :h2", ":h1", s("x"), ":h2", n(1)));
        assertValidation("HASH key attributes h1, h2 must have equality conditions specified in the query",
                () -> query(table, true, "r1 = :r1", ":r1", n(1)));
    }

    @Test
    void sortKeyAttributesBeforeTheLastConditionedOneNeedEquality() {
        String table = indexedTable();

        assertValidation("RANGE key attributes r1 must have equality conditions specified in the query because a "
                + "condition is present on key attribute r2", () -> query(table, true,
                "h1 = :h1 AND h2 = :h2 AND r2 = :r2", ":h1", s("x"), ":h2", n(1), ":r2", s("a")));
        assertValidation("RANGE key attributes r1 must have equality conditions specified in the query because a "
                + "condition is present on key attribute r2", () -> query(table, true,
                "h1 = :h1 AND h2 = :h2 AND r1 > :r1 AND r2 = :r2", ":h1", s("x"), ":h2", n(1), ":r1", n(1),
                ":r2", s("a")));
    }

    @Test
    void queryConditionsBeyondTheKeyAreRejected() {
        String table = indexedTable();

        assertValidation("Query condition missed key schema element", () -> query(table, true,
                "h1 = :h1 AND h2 = :h2 AND extra = :h1", ":h1", s("x"), ":h2", n(1)));
        assertValidation("Query key condition not supported", () -> query(table, true,
                "h1 = :h1 AND h2 = :h2 AND r1 = :h2 AND r2 = :h1 AND extra = :h1", ":h1", s("x"), ":h2", n(1)));
        assertValidation("KeyConditionExpressions must only contain one condition per key", () -> query(table, true,
                "h1 = :h1 AND h2 = :h2 AND h1 = :h1", ":h1", s("x"), ":h2", n(1)));
        assertValidation("One or more parameter values were invalid: Condition parameter type does not match schema "
                + "type", () -> query(table, true, "h1 = :h1 AND h2 = :h1", ":h1", s("x")));
    }

    @Test
    void filterExpressionMayNotNameAnyKeyAttributeOfTheIndex() {
        String table = indexedTable();

        assertValidation("Filter Expression can only contain non-primary key attributes: Primary key attribute: r2",
                () -> client.query(r -> r.tableName(table).indexName("gsi").keyConditionExpression("h1 = :h AND h2 = :n")
                        .filterExpression("r2 = :h").expressionAttributeValues(item(":h", s("x"), ":n", n(1)))));
    }

    @Test
    void pagesResumeFromALastEvaluatedKeyHoldingEveryKeyAttribute() {
        String table = indexedTable();
        for (int i = 0; i < 5; i++) {
            putRow(table, "p" + i, "x", 1, i, "s" + i);
        }
        awaitQuery(table, 5, "h1 = :h1 AND h2 = :h2", ":h1", s("x"), ":h2", n(1));

        List<String> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = client.query(r -> r.tableName(table).indexName("gsi").limit(2).exclusiveStartKey(from)
                    .keyConditionExpression("h1 = :h AND h2 = :n").expressionAttributeValues(item(":h", s("x"), ":n", n(1))));
            seen.addAll(baseKeys(page.items()));
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
            if (start != null) {
                assertThat(start.keySet()).containsExactlyInAnyOrder("p", "h1", "h2", "r1", "r2");
            }
        } while (start != null);

        assertThat(seen).containsExactly("p0", "p1", "p2", "p3", "p4");
        assertValidation("The provided starting key is invalid", () -> client.query(r -> r.tableName(table).indexName("gsi")
                .exclusiveStartKey(item("p", s("p0"), "h1", s("x"), "r1", n(0), "r2", s("s0")))
                .keyConditionExpression("h1 = :h AND h2 = :n").expressionAttributeValues(item(":h", s("x"), ":n", n(1)))));
    }

    @Test
    void updateTableAddsAMultiAttributeIndexAndBackfillsTheItemsThatHaveItsKey() {
        String table = hashTableKeyedByP();
        put(table, item("p", s("1"), "a", s("x"), "b", n(1), "c", s("z")));
        put(table, item("p", s("2"), "a", s("x"), "b", n(1), "c", s("y")));
        put(table, item("p", s("3"), "a", s("x"), "c", s("w")));

        client.updateTable(r -> r.tableName(table)
                .attributeDefinitions(attribute("a", ScalarAttributeType.S), attribute("b", ScalarAttributeType.N),
                        attribute("c", ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("gsi")
                        .keySchema(key("a", KeyType.HASH), key("b", KeyType.HASH), key("c", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))));
        awaitActive(table);

        List<Map<String, AttributeValue>> items = eventually(() -> client.query(r -> r.tableName(table).indexName("gsi")
                .keyConditionExpression("a = :a AND b = :b").expressionAttributeValues(item(":a", s("x"), ":b", n(1))))
                .items(), found -> found.size() == 2);
        assertThat(items).containsExactly(item("p", s("2"), "a", s("x"), "b", n(1), "c", s("y")),
                item("p", s("1"), "a", s("x"), "b", n(1), "c", s("z")));
    }

    // ---- key schema rules (DynamoDB Local 3.3.1's messages and order) ----------------------

    @Test
    void indexMayHaveFourPartitionKeyAndFourSortKeyAttributes() {
        String table = createTable(withIndex(keys(4, 4)));

        assertThat(client.describeTable(r -> r.tableName(table)).table().globalSecondaryIndexes().get(0).keySchema())
                .hasSize(8);
    }

    @Test
    void moreThanFourAttributesInEitherKeyIsRejected() {
        assertValidation("Too many partition keys. GSI can have at most 4 partition keys",
                () -> client.createTable(withIndex(keys(5, 0))));
        assertValidation("Too many sort keys. GSI can have at most 4 sort keys",
                () -> client.createTable(withIndex(keys(1, 5))));
        assertValidation("Key Schema too big.  Key Schema must at most consist of the hash and range key of a table",
                () -> client.createTable(withIndex(keys(5, 4))));
    }

    @Test
    void everyPartitionKeyAttributeMustComeBeforeEverySortKeyAttribute() {
        assertValidation("Invalid key order. Hash Key must be specified first in key schema, Range Key must be "
                + "specifed second", () -> client.createTable(withIndex(List.of(key("k1", KeyType.HASH),
                        key("k2", KeyType.RANGE), key("k3", KeyType.HASH)))));
        assertValidation("No Hash Key specified in schema.  All Dynamo DB tables must have exactly one hash key",
                () -> client.createTable(withIndex(List.of(key("k1", KeyType.RANGE), key("k2", KeyType.RANGE)))));
    }

    @Test
    void anAttributeMayAppearOnlyOnce() {
        assertValidation("Two keys can not have the same name", () -> client.createTable(withIndex(
                List.of(key("k1", KeyType.HASH), key("k2", KeyType.HASH), key("k1", KeyType.RANGE)))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Attribute k3 is not defined in AttributeDefinitions\"")
    void everyKeyAttributeMustBeDefined() {
        CreateTableRequest request = withIndex(List.of(key("k1", KeyType.HASH), key("k2", KeyType.HASH),
                key("k3", KeyType.RANGE)));
        List<software.amazon.awssdk.services.dynamodb.model.AttributeDefinition> definitions =
                new ArrayList<>(request.attributeDefinitions());
        definitions.removeIf(d -> d.attributeName().equals("k3"));

        // wording: dynalite test/createTable.js "missing attribute definitions in GlobalSecondaryIndex"
        assertValidation("One or more parameter values were invalid: Some index key attributes are not defined in "
                + "AttributeDefinitions. Keys: [k1, k2, k3], AttributeDefinitions: [k1, k2, p]",
                () -> client.createTable(request.toBuilder().attributeDefinitions(definitions).build()));
    }

    @Test
    void updateTableCreateFollowsTheSameKeySchemaRules() {
        String table = hashTableKeyedByP();

        assertValidation("Too many partition keys. GSI can have at most 4 partition keys", () -> client.updateTable(r -> r
                .tableName(table).attributeDefinitions(definitions(5))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("gsi").keySchema(keys(5, 0))
                        .projection(p -> p.projectionType(ProjectionType.ALL))))));
    }

    // ---- helpers -----------------------------------------------------------------------

    /** A CreateTable request (not sent) for a table keyed by p, whose index gsi has this key schema over k1..k9 S. */
    private CreateTableRequest withIndex(List<KeySchemaElement> keySchema) {
        List<software.amazon.awssdk.services.dynamodb.model.AttributeDefinition> definitions =
                new ArrayList<>(definitions(9));
        definitions.add(attribute("p", ScalarAttributeType.S));
        definitions.removeIf(d -> !d.attributeName().equals("p")
                && keySchema.stream().noneMatch(k -> k.attributeName().equals(d.attributeName())));
        return CreateTableRequest.builder().tableName(uniqueTableName()).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("p", KeyType.HASH)).attributeDefinitions(definitions)
                .globalSecondaryIndexes(g -> g.indexName("gsi").keySchema(keySchema)
                        .projection(p -> p.projectionType(ProjectionType.ALL)))
                .build();
    }

    /** {@code hash} HASH elements then {@code range} RANGE elements over k1, k2, ... */
    private static List<KeySchemaElement> keys(int hash, int range) {
        List<KeySchemaElement> keys = new ArrayList<>();
        for (int i = 1; i <= hash + range; i++) {
            keys.add(key("k" + i, i <= hash ? KeyType.HASH : KeyType.RANGE));
        }
        return keys;
    }

    private static List<software.amazon.awssdk.services.dynamodb.model.AttributeDefinition> definitions(int count) {
        List<software.amazon.awssdk.services.dynamodb.model.AttributeDefinition> definitions = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            definitions.add(attribute("k" + i, ScalarAttributeType.S));
        }
        return definitions;
    }

    /** p S, with global index gsi: (h1 S, h2 N) HASH, (r1 N, r2 S) RANGE, projection ALL. */
    private String indexedTable() {
        return createTable(CreateTableRequest.builder().tableName(uniqueTableName()).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("p", KeyType.HASH))
                .attributeDefinitions(attribute("p", ScalarAttributeType.S), attribute("h1", ScalarAttributeType.S),
                        attribute("h2", ScalarAttributeType.N), attribute("r1", ScalarAttributeType.N),
                        attribute("r2", ScalarAttributeType.S))
                .globalSecondaryIndexes(g -> g.indexName("gsi").keySchema(key("h1", KeyType.HASH), key("h2", KeyType.HASH),
                        key("r1", KeyType.RANGE), key("r2", KeyType.RANGE)).projection(p -> p.projectionType(ProjectionType.ALL)))
                .build());
    }

    private String hashTableKeyedByP() {
        return createTable(uniqueTableName(), "p", ScalarAttributeType.S, null, null);
    }

    private void putRow(String table, String p, String h1, long h2, long r1, String r2) {
        put(table, item("p", s(p), "h1", s(h1), "h2", n(h2), "r1", n(r1), "r2", s(r2)));
    }

    private QueryResponse query(String table, boolean forward, String condition, Object... namesAndValues) {
        return client.query(QueryRequest.builder().tableName(table).indexName("gsi").scanIndexForward(forward)
                .keyConditionExpression(condition).expressionAttributeValues(item(namesAndValues)).build());
    }

    /** The forward answer of the query once it holds {@code count} items (the index is eventually consistent). */
    private List<Map<String, AttributeValue>> awaitQuery(String table, int count, String condition,
            Object... namesAndValues) {
        List<Map<String, AttributeValue>> items = eventually(() -> query(table, true, condition, namesAndValues).items(),
                found -> found.size() == count);
        assertThat(items).hasSize(count);
        return items;
    }

    private static List<String> baseKeys(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> i.get("p").s()).toList();
    }
}
