package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static dev.cairn.tck.api.IndexReads.eventually;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Global secondary indexes. A global index is a second table keyed by any attributes: it holds only
 * the items that have its key (sparse), answers only with what it projects, is eventually
 * consistent — so these tests read it with a bounded poll until the expected answer — and refuses
 * ConsistentRead. Its key attributes are typed: an item whose index key has the wrong type, or is
 * an empty string, is rejected. UpdateTable adds a global index (CREATING, backfilled, then ACTIVE)
 * or deletes one.
 */
@Requires(Capability.SECONDARY_INDEXES)
public abstract class GlobalSecondaryIndexSuite extends ApiSuite {

    // ---- global secondary indexes: reads ---------------------------------------------------

    @Test
    void globalIndexAnswersQueriesOnItsKeyInIndexSortKeyOrderAfterWrites() {
        String table = globalIndexTable(ProjectionType.ALL);
        put(table, item("pk", s("1"), "city", s("Oslo"), "age", n(40), "note", s("a")));
        put(table, item("pk", s("2"), "city", s("Oslo"), "age", n(30), "note", s("b")));
        put(table, item("pk", s("3"), "city", s("Rome"), "age", n(20)));
        put(table, item("pk", s("4"), "city", s("Oslo"), "age", n(35)));

        List<Map<String, AttributeValue>> items = eventually(() -> queryCity(table, "Oslo"), found -> found.size() == 3);

        assertThat(items).containsExactly(item("pk", s("2"), "city", s("Oslo"), "age", n(30), "note", s("b")),
                item("pk", s("4"), "city", s("Oslo"), "age", n(35)),
                item("pk", s("1"), "city", s("Oslo"), "age", n(40), "note", s("a")));
    }

    @Test
    void globalIndexFollowsUpdatesAndDeletesOfItsItems() {
        String table = globalIndexTable(ProjectionType.ALL);
        put(table, item("pk", s("moves"), "city", s("Oslo"), "age", n(1)));
        put(table, item("pk", s("stays"), "city", s("Oslo"), "age", n(2)));
        put(table, item("pk", s("goes"), "city", s("Oslo"), "age", n(3)));
        eventually(() -> queryCity(table, "Oslo"), found -> found.size() == 3);

        client.updateItem(r -> r.tableName(table).key(item("pk", s("moves"))).updateExpression("SET city = :c")
                .expressionAttributeValues(item(":c", s("Rome"))));
        client.deleteItem(r -> r.tableName(table).key(item("pk", s("goes"))));

        List<Map<String, AttributeValue>> oslo = eventually(() -> queryCity(table, "Oslo"), found -> found.size() == 1);
        List<Map<String, AttributeValue>> rome = eventually(() -> queryCity(table, "Rome"), found -> found.size() == 1);
        assertThat(oslo).containsExactly(item("pk", s("stays"), "city", s("Oslo"), "age", n(2)));
        assertThat(rome).containsExactly(item("pk", s("moves"), "city", s("Rome"), "age", n(1)));
    }

    @Test
    void sparseGlobalIndexHoldsOnlyItemsThatHaveTheWholeIndexKey() {
        String table = globalIndexTable(ProjectionType.ALL);
        put(table, item("pk", s("both"), "city", s("Oslo"), "age", n(1)));
        put(table, item("pk", s("no-age"), "city", s("Oslo")));
        put(table, item("pk", s("no-city"), "age", n(2)));
        put(table, item("pk", s("neither"), "note", s("x")));

        List<Map<String, AttributeValue>> indexed = eventually(() -> scanAll(table, "byCity", null),
                found -> !found.isEmpty());

        assertThat(indexed).containsExactly(item("pk", s("both"), "city", s("Oslo"), "age", n(1)));
        assertThat(client.scan(r -> r.tableName(table)).count()).isEqualTo(4);
    }

    @Test
    void keysOnlyGlobalIndexAnswersWithTheTableAndIndexKeysOnly() {
        String table = globalIndexTable(ProjectionType.KEYS_ONLY);
        put(table, item("pk", s("1"), "city", s("Oslo"), "age", n(40), "note", s("not projected")));

        List<Map<String, AttributeValue>> items = eventually(() -> queryCity(table, "Oslo"), found -> !found.isEmpty());

        assertThat(items).containsExactly(item("pk", s("1"), "city", s("Oslo"), "age", n(40)));
    }

    @Test
    void includeGlobalIndexAnswersWithTheKeysAndTheIncludedAttributes() {
        String table = globalIndexTable(ProjectionType.INCLUDE, "note", "size");
        put(table, item("pk", s("1"), "city", s("Oslo"), "age", n(40), "note", s("kept"), "colour", s("dropped")));

        List<Map<String, AttributeValue>> items = eventually(() -> queryCity(table, "Oslo"), found -> !found.isEmpty());

        assertThat(items).containsExactly(item("pk", s("1"), "city", s("Oslo"), "age", n(40), "note", s("kept")));
    }

    @Test
    void globalIndexRejectsSelectAllAttributesUnlessItProjectsAll() {
        String table = globalIndexTable(ProjectionType.KEYS_ONLY);

        assertValidation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for "
                        + "global secondary index byCity because its projection type is not ALL",
                () -> client.query(r -> r.tableName(table).indexName("byCity").select(Select.ALL_ATTRIBUTES)
                        .keyConditionExpression("city = :c").expressionAttributeValues(item(":c", s("Oslo")))));
    }

    @Test
    void globalIndexRejectsAProjectionOfAttributesItDoesNotProject() {
        String table = globalIndexTable(ProjectionType.INCLUDE, "size");

        assertValidation("One or more parameter values were invalid: Global secondary index byCity does not project [note]",
                () -> client.query(r -> r.tableName(table).indexName("byCity").projectionExpression("pk, note")
                        .keyConditionExpression("city = :c").expressionAttributeValues(item(":c", s("Oslo")))));
    }

    @Test
    void consistentReadQueryOfAGlobalIndexIsRejected() {
        String table = globalIndexTable(ProjectionType.ALL);

        assertValidation("Consistent reads are not supported on global secondary indexes",
                () -> client.query(r -> r.tableName(table).indexName("byCity").consistentRead(true)
                        .keyConditionExpression("city = :c").expressionAttributeValues(item(":c", s("Oslo")))));
    }

    @Test
    void consistentReadScanOfAGlobalIndexIsRejected() {
        String table = globalIndexTable(ProjectionType.ALL);

        assertValidation("Consistent reads are not supported on global secondary indexes",
                () -> client.scan(r -> r.tableName(table).indexName("byCity").consistentRead(true)));
    }

    @Test
    void queryOfAnIndexTheTableDoesNotHaveIsRejected() {
        String table = globalIndexTable(ProjectionType.ALL);

        assertValidation("The table does not have the specified index: byTown",
                () -> client.query(r -> r.tableName(table).indexName("byTown")
                        .keyConditionExpression("city = :c").expressionAttributeValues(item(":c", s("Oslo")))));
    }

    @Test
    void globalIndexQueryPagesWithALastEvaluatedKeyOfIndexAndTableKey() {
        String table = globalIndexTable(ProjectionType.ALL);
        for (int i = 0; i < 5; i++) {
            put(table, item("pk", s("p" + i), "city", s("Oslo"), "age", n(10 + i)));
        }
        eventually(() -> queryCity(table, "Oslo"), found -> found.size() == 5);

        QueryResponse first = client.query(r -> r.tableName(table).indexName("byCity").limit(2)
                .keyConditionExpression("city = :c").expressionAttributeValues(item(":c", s("Oslo"))));
        QueryResponse second = client.query(r -> r.tableName(table).indexName("byCity").limit(10)
                .exclusiveStartKey(first.lastEvaluatedKey())
                .keyConditionExpression("city = :c").expressionAttributeValues(item(":c", s("Oslo"))));

        assertThat(first.lastEvaluatedKey()).isEqualTo(item("city", s("Oslo"), "age", n(11), "pk", s("p1")));
        assertThat(second.items().stream().map(i -> i.get("pk").s()).toList()).containsExactly("p2", "p3", "p4");
        assertThat(second.hasLastEvaluatedKey()).isFalse();
    }

    @Test
    void scanOfAGlobalIndexPagesThroughEveryIndexedItemOnce() {
        String table = globalIndexTable(ProjectionType.KEYS_ONLY);
        for (int i = 0; i < 12; i++) {
            put(table, item("pk", s("p" + i), "city", s("c" + (i % 4)), "age", n(i)));
        }
        put(table, item("pk", s("unindexed")));
        eventually(() -> scanAll(table, "byCity", null), found -> found.size() == 12);

        List<Map<String, AttributeValue>> paged = scanAll(table, "byCity", 5);

        assertThat(paged).hasSize(12).doesNotHaveDuplicates()
                .allSatisfy(i -> assertThat(i).containsOnlyKeys("pk", "city", "age"));
    }

    // ---- index key types -----------------------------------------------------------------

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers only \"One or more parameter values were invalid: "
            + "Type mismatch for Index Key\", without the attribute, the types and the index name")
    void putWithAGlobalIndexKeyOfTheWrongTypeIsRejected() {
        String table = globalIndexTable(ProjectionType.ALL);

        assertValidation("One or more parameter values were invalid: Type mismatch for Index Key city Expected: S Actual: N "
                + "IndexName: byCity", () -> put(table, item("pk", s("1"), "city", n(7), "age", n(1))));
        assertThat(get(table, item("pk", s("1")))).isNull();
    }

    @Test
    void emptyStringIndexKeyIsRejected() {
        String table = globalIndexTable(ProjectionType.ALL);

        assertValidation("One or more parameter values are not valid. A value specified for a secondary index key is not "
                + "supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: byCity, "
                + "IndexKey: city", () -> put(table, item("pk", s("1"), "city", s(""), "age", n(1))));
    }

    // ---- index DDL ---------------------------------------------------------------------

    @Test
    void updateTableAddsAGlobalIndexThatBecomesActiveAndIndexesTheExistingItems() {
        String table = hashTable();
        put(table, item("pk", s("1"), "colour", s("red"), "size", n(3)));
        put(table, item("pk", s("2"), "colour", s("red"), "size", n(1)));
        put(table, item("pk", s("3"), "colour", s("blue"), "size", n(2)));
        put(table, item("pk", s("4"), "size", n(4)));

        TableDescription updated = client.updateTable(r -> r.tableName(table)
                .attributeDefinitions(attribute("colour", ScalarAttributeType.S), attribute("size", ScalarAttributeType.N))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byColour")
                        .keySchema(key("colour", KeyType.HASH), key("size", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL))))).tableDescription();

        assertThat(updated.globalSecondaryIndexes()).singleElement()
                .satisfies(gsi -> assertThat(gsi.indexStatusAsString()).isIn("CREATING", "ACTIVE"));
        TableDescription active = awaitActive(table);
        assertThat(active.globalSecondaryIndexes()).extracting(GlobalSecondaryIndexDescription::indexName).containsExactly("byColour");
        List<Map<String, AttributeValue>> red = eventually(() -> client.query(r -> r.tableName(table).indexName("byColour")
                        .keyConditionExpression("colour = :c").expressionAttributeValues(item(":c", s("red")))).items(),
                found -> found.size() == 2);
        assertThat(red).containsExactly(item("pk", s("2"), "colour", s("red"), "size", n(1)),
                item("pk", s("1"), "colour", s("red"), "size", n(3)));
    }

    @Test
    void updateTableDeletesAGlobalIndexWhichThenCannotBeRead() {
        String table = globalIndexTable(ProjectionType.ALL);
        put(table, item("pk", s("1"), "city", s("Oslo"), "age", n(1)));

        client.updateTable(r -> r.tableName(table).globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("byCity"))));

        TableDescription after = eventually(() -> client.describeTable(r -> r.tableName(table)).table(),
                description -> !description.hasGlobalSecondaryIndexes() || description.globalSecondaryIndexes().isEmpty());
        assertThat(after.globalSecondaryIndexes()).isEmpty();
        assertValidation("The table does not have the specified index: byCity",
                () -> client.query(r -> r.tableName(table).indexName("byCity")
                        .keyConditionExpression("city = :c").expressionAttributeValues(item(":c", s("Oslo")))));
        assertThat(get(table, item("pk", s("1")))).isEqualTo(item("pk", s("1"), "city", s("Oslo"), "age", n(1)));
    }

    @Test
    void updateTableCreatingAnIndexThatExistsIsRejected() {
        String table = globalIndexTable(ProjectionType.ALL);

        assertValidation("Attempting to create an index which already exists", () -> client.updateTable(r -> r.tableName(table)
                .attributeDefinitions(attribute("city", ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byCity").keySchema(key("city", KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL))))));
    }

    // ---- helpers -----------------------------------------------------------------------

    /** pk S, and global index byCity (city S, age N) with this projection. */
    private String globalIndexTable(ProjectionType projection, String... nonKeyAttributes) {
        return createTable(CreateTableRequest.builder().tableName(uniqueTableName()).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("pk", KeyType.HASH))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("city", ScalarAttributeType.S),
                        attribute("age", ScalarAttributeType.N))
                .globalSecondaryIndexes(g -> g.indexName("byCity").keySchema(key("city", KeyType.HASH), key("age", KeyType.RANGE))
                        .projection(p -> {
                            p.projectionType(projection);
                            if (nonKeyAttributes.length > 0) {
                                p.nonKeyAttributes(nonKeyAttributes);
                            }
                        }))
                .build());
    }

    private List<Map<String, AttributeValue>> queryCity(String table, String city) {
        return client.query(r -> r.tableName(table).indexName("byCity").keyConditionExpression("city = :c")
                .expressionAttributeValues(item(":c", s(city)))).items();
    }

    /** Every item of the index, in pages of {@code limit} items (one unlimited page when null). */
    private List<Map<String, AttributeValue>> scanAll(String table, String index, Integer limit) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Set<Map<String, AttributeValue>> startKeys = new HashSet<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            ScanResponse page = client.scan(r -> r.tableName(table).indexName(index).limit(limit).exclusiveStartKey(from));
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
            assertThat(start == null || startKeys.add(start)).as("scan makes progress").isTrue();
        } while (start != null);
        return items;
    }
}
