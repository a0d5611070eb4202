package dev.cairn.tck.api;

import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * ReturnConsumedCapacity INDEXES and TOTAL for writes of several items on a table with a global
 * and a local secondary index. The rules are AWS's ("Capacity unit consumption for write
 * operations": one write unit per started KB of each item, and of each index entry put or deleted,
 * two when an entry moves to a new index key; BatchWriteItem "processes each PutItem or DeleteItem
 * as individual requests"; a transactional write costs two units per KB, on the table and on its
 * indexes); the shape (CapacityUnits on the table and on each index) and the figures are DynamoDB
 * Local 3.3.1's. Items here are well under 1 KB unless padded to 1,500 bytes.
 */
@Requires(Capability.SECONDARY_INDEXES)
public abstract class IndexCapacitySuite extends ApiSuite {

    private static final Map<String, AttributeValue> BOTH = item("pk", s("a"), "sk", s("1"), "city", s("Oslo"), "rank", n(1));
    private static final Map<String, AttributeValue> GLOBAL_ONLY = item("pk", s("a"), "sk", s("2"), "city", s("Rome"));
    private static final Map<String, AttributeValue> NEITHER = item("pk", s("a"), "sk", s("3"));
    private static final Map<String, AttributeValue> LARGE = item("pk", s("a"), "sk", s("4"), "city", s("Oslo"),
            "rank", n(4), "pad", s("x".repeat(1500)));

    @Test
    void batchWriteIndexesCapacityNamesEachIndexWritten() {
        String table = indexedTable();

        ConsumedCapacity capacity = onlyTable(batchPut(table, ReturnConsumedCapacity.INDEXES, BOTH, GLOBAL_ONLY, NEITHER));

        assertBreakdown(capacity, table, 3.0, 2.0, 1.0);
    }

    @Test
    void batchWriteTotalCapacityCountsTheIndexes() {
        String table = indexedTable();

        ConsumedCapacity capacity = onlyTable(batchPut(table, ReturnConsumedCapacity.TOTAL, BOTH, GLOBAL_ONLY, NEITHER));

        assertThat(capacity.capacityUnits()).isEqualTo(6.0);
        assertThat(capacity.table()).isNull();
        assertThat(capacity.hasGlobalSecondaryIndexes()).isFalse();
        assertThat(capacity.hasLocalSecondaryIndexes()).isFalse();
    }

    @Test
    void batchWriteChargesEachIndexPerStartedKilobyteOfTheEntry() {
        String table = indexedTable();

        assertBreakdown(onlyTable(batchPut(table, ReturnConsumedCapacity.INDEXES, LARGE)), table, 2.0, 2.0, 2.0);
    }

    @Test
    void batchWriteReplacingAnItemUnderANewIndexKeyChargesTheMove() {
        String table = indexedTable();
        put(table, BOTH);
        Map<String, AttributeValue> moved = item("pk", s("a"), "sk", s("1"), "city", s("Rome"), "rank", n(1));

        // the global entry is deleted under Oslo and put under Rome; the local one stays where it is
        assertBreakdown(onlyTable(batchPut(table, ReturnConsumedCapacity.INDEXES, moved)), table, 1.0, 2.0, 1.0);
    }

    @Test
    void batchWriteDeleteOfAnIndexedItemChargesEachIndexForItsEntry() {
        String table = indexedTable();
        put(table, BOTH);

        List<ConsumedCapacity> consumed = client.batchWriteItem(r -> r.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .requestItems(Map.of(table, List.of(deleteRequest(item("pk", s("a"), "sk", s("1"))))))).consumedCapacity();

        assertBreakdown(onlyTable(consumed), table, 1.0, 1.0, 1.0);
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local charges 2 units for a BatchWriteItem delete of a missing item")
    void batchWriteDeleteOfAMissingItemCostsOneUnitAndNoIndex() {
        String table = indexedTable();

        // AWS developer guide, API_BatchWriteItem_v20111205: "each individual put and delete specified in a
        // BatchWriteItem operation costs the same in terms of consumed capacity units. Delete operations on
        // non-existent items consume 1 write capacity unit"
        ConsumedCapacity capacity = onlyTable(client.batchWriteItem(r -> r.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .requestItems(Map.of(table, List.of(deleteRequest(item("pk", s("a"), "sk", s("9"))))))).consumedCapacity());

        assertTableOnly(capacity, 1.0);
    }

    @Test
    void batchWriteAcrossTablesReportsEachTableWithItsOwnIndexes() {
        String indexed = indexedTable();
        String plain = hashTable();

        List<ConsumedCapacity> consumed = client.batchWriteItem(r -> r.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .requestItems(Map.of(indexed, List.of(putRequest(BOTH)), plain, List.of(putRequest(item("pk", s("p")))))))
                .consumedCapacity();

        assertThat(consumed).extracting(ConsumedCapacity::tableName).containsExactlyInAnyOrder(indexed, plain);
        assertBreakdown(of(consumed, indexed), indexed, 1.0, 1.0, 1.0);
        assertTableOnly(of(consumed, plain), 1.0);
    }

    @Test
    void putWithoutConditionReplacingAnIndexedItemChargesTheOldEntries() {
        String table = indexedTable();
        put(table, BOTH);

        ConsumedCapacity capacity = client.putItem(r -> r.tableName(table).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .item(item("pk", s("a"), "sk", s("1"), "city", s("Rome"), "rank", n(1)))).consumedCapacity();

        assertBreakdown(capacity, table, 1.0, 2.0, 1.0);
    }

    @Test
    void putWithoutConditionDroppingTheIndexKeysChargesTheDeletedEntries() {
        String table = indexedTable();
        put(table, LARGE);

        // the table is charged for the larger of the old and new item, each index for its deleted entry
        ConsumedCapacity capacity = client.putItem(r -> r.tableName(table).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .item(item("pk", s("a"), "sk", s("4")))).consumedCapacity();

        assertBreakdown(capacity, table, 2.0, 2.0, 2.0);
    }

    @Test
    @Requires(Capability.TRANSACTIONS)
    void transactionChargesTwiceOnTheTableAndOnEachIndex() {
        String table = indexedTable();

        List<ConsumedCapacity> consumed = client.transactWriteItems(r -> r.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .transactItems(transactPut(table, BOTH), transactPut(table, GLOBAL_ONLY))).consumedCapacity();

        assertThat(consumed).hasSize(1);
        assertBreakdown(consumed.get(0), table, 4.0, 4.0, 2.0);
    }

    @Test
    @Requires(Capability.TRANSACTIONS)
    void transactionTotalCapacityCountsTheIndexes() {
        String table = indexedTable();

        List<ConsumedCapacity> consumed = client.transactWriteItems(r -> r.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .transactItems(transactPut(table, LARGE))).consumedCapacity();

        assertThat(consumed).hasSize(1);
        assertThat(consumed.get(0).capacityUnits()).isEqualTo(12.0);
        assertThat(consumed.get(0).table()).isNull();
    }

    @Test
    @Requires(Capability.TRANSACTIONS)
    void transactionChargesAnUpdateMovingAnEntryAndADeleteOnTheirIndexes() {
        String table = indexedTable();
        put(table, BOTH);
        put(table, GLOBAL_ONLY);
        put(table, NEITHER);

        List<ConsumedCapacity> consumed = client.transactWriteItems(r -> r.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                .transactItems(
                        t -> t.update(u -> u.tableName(table).key(item("pk", s("a"), "sk", s("1")))
                                .updateExpression("SET city = :c").expressionAttributeValues(Map.of(":c", s("Rome")))),
                        t -> t.delete(d -> d.tableName(table).key(item("pk", s("a"), "sk", s("2")))),
                        t -> t.conditionCheck(c -> c.tableName(table).key(item("pk", s("a"), "sk", s("3")))
                                .conditionExpression("attribute_exists(pk)")))).consumedCapacity();

        // global: the move (2) and the delete (1), doubled; local: the entry rewritten in place, doubled;
        // the condition check reads, and is charged to the table only
        assertThat(consumed).hasSize(1);
        assertBreakdown(consumed.get(0), table, 6.0, 6.0, 2.0);
    }

    /** Total, table and each index's units, with the index maps naming only the index written. */
    private static void assertBreakdown(ConsumedCapacity capacity, String table, double tableUnits,
            double globalUnits, double localUnits) {
        assertThat(capacity.tableName()).isEqualTo(table);
        assertThat(capacity.table().capacityUnits()).isEqualTo(tableUnits);
        assertThat(capacity.globalSecondaryIndexes()).containsOnlyKeys("byCity");
        assertThat(capacity.globalSecondaryIndexes().get("byCity").capacityUnits()).isEqualTo(globalUnits);
        assertThat(capacity.localSecondaryIndexes()).containsOnlyKeys("byRank");
        assertThat(capacity.localSecondaryIndexes().get("byRank").capacityUnits()).isEqualTo(localUnits);
        assertThat(capacity.capacityUnits()).isEqualTo(tableUnits + globalUnits + localUnits);
    }

    /** INDEXES naming the table alone, with all the units on it. */
    private static void assertTableOnly(ConsumedCapacity capacity, double units) {
        assertThat(capacity.capacityUnits()).isEqualTo(units);
        assertThat(capacity.table().capacityUnits()).isEqualTo(units);
        assertThat(capacity.hasGlobalSecondaryIndexes()).isFalse();
        assertThat(capacity.hasLocalSecondaryIndexes()).isFalse();
    }

    @SafeVarargs
    private List<ConsumedCapacity> batchPut(String table, ReturnConsumedCapacity returnConsumedCapacity,
            Map<String, AttributeValue>... items) {
        List<WriteRequest> puts = Arrays.stream(items).map(IndexCapacitySuite::putRequest).toList();
        return client.batchWriteItem(r -> r.returnConsumedCapacity(returnConsumedCapacity).requestItems(Map.of(table, puts)))
                .consumedCapacity();
    }

    private static ConsumedCapacity onlyTable(List<ConsumedCapacity> consumed) {
        assertThat(consumed).hasSize(1);
        return consumed.get(0);
    }

    private static ConsumedCapacity of(List<ConsumedCapacity> consumed, String table) {
        return consumed.stream().filter(c -> c.tableName().equals(table)).findFirst().orElseThrow();
    }

    private static WriteRequest putRequest(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(p -> p.item(item)).build();
    }

    private static WriteRequest deleteRequest(Map<String, AttributeValue> key) {
        return WriteRequest.builder().deleteRequest(d -> d.key(key)).build();
    }

    private static TransactWriteItem transactPut(String table, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)).build();
    }

    /** pk S, sk S; global index byCity (city S) and local index byRank (pk, rank N), both projecting ALL. */
    private String indexedTable() {
        return createTable(CreateTableRequest.builder().tableName(uniqueTableName()).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S),
                        attribute("city", ScalarAttributeType.S), attribute("rank", ScalarAttributeType.N))
                .globalSecondaryIndexes(g -> g.indexName("byCity").keySchema(key("city", KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))
                .localSecondaryIndexes(l -> l.indexName("byRank").keySchema(key("pk", KeyType.HASH), key("rank", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)))
                .build());
    }
}
