package dev.cairn.core.index;

import static dev.cairn.core.index.IndexFixture.createTable;
import static dev.cairn.core.index.IndexFixture.definition;
import static dev.cairn.core.index.IndexFixture.describe;
import static dev.cairn.core.index.IndexFixture.item;
import static dev.cairn.core.index.IndexFixture.lsi;
import static dev.cairn.core.index.IndexFixture.projection;
import static dev.cairn.core.index.IndexFixture.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.BatchWriteItemRequest;
import dev.cairn.api.model.BatchWriteItemResponse;
import dev.cairn.api.model.DeleteItemRequest;
import dev.cairn.api.model.DeleteRequest;
import dev.cairn.api.model.GetItemRequest;
import dev.cairn.api.model.ItemCollectionMetrics;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.PutRequest;
import dev.cairn.api.model.TableDescription;
import dev.cairn.api.model.UpdateItemRequest;
import dev.cairn.api.model.WriteRequest;
import dev.cairn.core.CairnEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Item collections of tables with local secondary indexes: ReturnItemCollectionMetrics=SIZE and
 * the item collection size limit (made small here), over the memory backend with and without
 * multi-partition transactions.
 */
class ItemCollectionTest {

    /** A 100-character value. */
    private static final String X = "x".repeat(100);

    /**
     * What one item {pk: "a", sk: one char, l: one digit, x: X} adds to its collection: the item
     * (pk 3 + sk 3 + l 3 + x 101 = 110 bytes) plus 100 bytes of overhead, and its entry in the ALL
     * index (the same 110 bytes) plus 100.
     */
    private static final long ITEM_IN_COLLECTION = 420;

    private static final List<Double> UNDER_1_GB = List.of(0.0, 1.0);

    @AfterEach
    void restoreLimit() {
        ItemCollections.limitForTests(ItemCollections.MAX_COLLECTION_BYTES);
    }

    private static CairnEngine engine(boolean transactions, boolean withLocalIndex) {
        CairnEngine engine = IndexFixture.engine(transactions);
        engine.createTable(createTable("coll",
                withLocalIndex ? List.of(definition("pk", "S"), definition("sk", "S"), definition("l", "N"))
                        : List.of(definition("pk", "S"), definition("sk", "S")),
                withLocalIndex ? List.of(lsi("byL", "l", projection("ALL"))) : null, null));
        return engine;
    }

    private static Map<String, AttributeValue> entry(String pk, String sk) {
        return item("pk", pk, "sk", sk, "l", 1, "x", X);
    }

    private static ItemCollectionMetrics put(CairnEngine engine, Map<String, AttributeValue> item, String metrics) {
        return engine.putItem(new PutItemRequest("coll", item, null, null, null, null, null, metrics, null, null,
                null)).itemCollectionMetrics();
    }

    private static ItemCollectionMetrics delete(CairnEngine engine, String pk, String sk, String metrics) {
        return engine.deleteItem(new DeleteItemRequest("coll", item("pk", pk, "sk", sk), null, null, null, null, null,
                metrics, null, null, null)).itemCollectionMetrics();
    }

    private static ItemCollectionMetrics update(CairnEngine engine, String pk, String sk, String expression,
            Map<String, AttributeValue> values, String metrics) {
        return engine.updateItem(new UpdateItemRequest("coll", item("pk", pk, "sk", sk), expression, null, null,
                values, null, null, metrics, null, null, null, null)).itemCollectionMetrics();
    }

    private static Map<String, AttributeValue> get(CairnEngine engine, String pk, String sk) {
        return engine.getItem(new GetItemRequest("coll", item("pk", pk, "sk", sk), true, null, null, null, null))
                .item();
    }

    private static void assertLimitExceeded(Runnable write) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED);
            assertThat(e.code().toString()).isNotNull();
        }).hasMessage("Item collection size limit exceeded");
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void sizeMetricsNameTheCollectionOnEveryWriteToATableWithLocalIndexes(boolean transactions) {
        try (CairnEngine engine = engine(transactions, true)) {
            ItemCollectionMetrics metrics = put(engine, entry("a", "1"), "SIZE");
            assertThat(metrics.itemCollectionKey()).isEqualTo(Map.of("pk", s("a")));
            assertThat(metrics.sizeEstimateRangeGB()).isEqualTo(UNDER_1_GB);
            metrics = update(engine, "a", "1", "SET y = :y", Map.of(":y", s("yy")), "SIZE");
            assertThat(metrics).isEqualTo(new ItemCollectionMetrics(Map.of("pk", s("a")), UNDER_1_GB));
            assertThat(delete(engine, "a", "1", "SIZE"))
                    .isEqualTo(new ItemCollectionMetrics(Map.of("pk", s("a")), UNDER_1_GB));
            assertThat(delete(engine, "a", "absent", "SIZE"))
                    .isEqualTo(new ItemCollectionMetrics(Map.of("pk", s("a")), UNDER_1_GB));

            BatchWriteItemResponse batch = engine.batchWriteItem(new BatchWriteItemRequest(Map.of("coll", List.of(
                    new WriteRequest(new PutRequest(entry("a", "2")), null),
                    new WriteRequest(new PutRequest(entry("a", "3")), null),
                    new WriteRequest(new PutRequest(entry("b", "1")), null),
                    new WriteRequest(null, new DeleteRequest(item("pk", "c", "sk", "1"))))), null, "SIZE"));
            assertThat(batch.itemCollectionMetrics()).containsOnlyKeys("coll");
            assertThat(batch.itemCollectionMetrics().get("coll")).containsExactly(
                    new ItemCollectionMetrics(Map.of("pk", s("a")), UNDER_1_GB),
                    new ItemCollectionMetrics(Map.of("pk", s("b")), UNDER_1_GB),
                    new ItemCollectionMetrics(Map.of("pk", s("c")), UNDER_1_GB));
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void noMetricsWithoutLocalIndexesOrWithoutSize(boolean transactions) {
        try (CairnEngine engine = engine(transactions, false)) {
            assertThat(put(engine, entry("a", "1"), "SIZE")).isNull();
            assertThat(update(engine, "a", "1", "SET y = :y", Map.of(":y", s("yy")), "SIZE")).isNull();
            assertThat(delete(engine, "a", "1", "SIZE")).isNull();
            BatchWriteItemResponse batch = engine.batchWriteItem(new BatchWriteItemRequest(Map.of("coll", List.of(
                    new WriteRequest(new PutRequest(entry("a", "2")), null))), null, "SIZE"));
            assertThat(batch.itemCollectionMetrics()).isNullOrEmpty();
        }
        try (CairnEngine engine = engine(transactions, true)) {
            assertThat(put(engine, entry("a", "1"), null)).isNull();
            assertThat(put(engine, entry("a", "2"), "NONE")).isNull();
            assertThat(update(engine, "a", "1", "SET y = :y", Map.of(":y", s("yy")), "NONE")).isNull();
            assertThat(delete(engine, "a", "1", null)).isNull();
            BatchWriteItemResponse batch = engine.batchWriteItem(new BatchWriteItemRequest(Map.of("coll", List.of(
                    new WriteRequest(new PutRequest(entry("a", "3")), null))), null, "NONE"));
            assertThat(batch.itemCollectionMetrics()).isNullOrEmpty();
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void aWriteThatWouldTakeTheCollectionOverTheLimitFailsAndWritesNothing(boolean transactions) {
        ItemCollections.limitForTests(3 * ITEM_IN_COLLECTION);
        try (CairnEngine engine = engine(transactions, true)) {
            put(engine, entry("a", "1"), null);
            put(engine, entry("a", "2"), null);
            put(engine, entry("a", "3"), null);
            // Exactly at the limit; one more byte is too much, in this collection only.
            assertLimitExceeded(() -> put(engine, entry("a", "4"), "SIZE"));
            assertThat(get(engine, "a", "4")).isNull();
            put(engine, entry("b", "1"), null);
            assertLimitExceeded(() -> update(engine, "a", "1", "SET y = :y", Map.of(":y", s("y")), null));
            assertThat(get(engine, "a", "1")).isEqualTo(entry("a", "1"));
            assertLimitExceeded(() -> engine.batchWriteItem(new BatchWriteItemRequest(Map.of("coll", List.of(
                    new WriteRequest(new PutRequest(entry("a", "5")), null))), null, null)));
            assertThat(get(engine, "a", "5")).isNull();
            // Replacing an item with one of the same size, or a smaller one, is still allowed.
            put(engine, item("pk", "a", "sk", "1", "l", 2, "x", X), "SIZE");
            put(engine, item("pk", "a", "sk", "2", "l", 2, "x", "short"), "SIZE");
            // The local index holds exactly the items written.
            assertThat(IndexFixture.query(engine, "coll", "byL", "pk = :a", Map.of(":a", s("a"))).items())
                    .hasSize(3);
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void deletingItemsShrinksTheCollection(boolean transactions) {
        ItemCollections.limitForTests(2 * ITEM_IN_COLLECTION);
        try (CairnEngine engine = engine(transactions, true)) {
            put(engine, entry("a", "1"), null);
            put(engine, entry("a", "2"), null);
            assertLimitExceeded(() -> put(engine, entry("a", "3"), null));
            delete(engine, "a", "1", null);
            put(engine, entry("a", "3"), null);
            assertLimitExceeded(() -> put(engine, entry("a", "1"), null));
            // An item without the index key has no index entry: it weighs less.
            delete(engine, "a", "2", null);
            update(engine, "a", "3", "REMOVE l", null, null);
            put(engine, item("pk", "a", "sk", "4", "x", X), null);
            assertThat(get(engine, "a", "4")).isNotNull();
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void readsAndDescribeTableDoNotSeeTheSizeRow(boolean transactions) {
        try (CairnEngine engine = engine(transactions, true)) {
            put(engine, entry("a", "1"), "SIZE");
            put(engine, entry("a", "2"), "SIZE");
            put(engine, item("pk", "b", "sk", "1", "x", X), "SIZE");
            assertThat(IndexFixture.scanAll(engine, "coll", null, null)).hasSize(3);
            assertThat(IndexFixture.scanAll(engine, "coll", null, 1)).hasSize(3);
            assertThat(IndexFixture.scanAll(engine, "coll", "byL", null)).hasSize(2);
            assertThat(IndexFixture.query(engine, "coll", null, "pk = :a", Map.of(":a", s("a"))).items()).hasSize(2);
            TableDescription table = describe(engine, "coll");
            assertThat(table.itemCount()).isEqualTo(3);
            assertThat(table.localSecondaryIndexes()).singleElement()
                    .satisfies(index -> assertThat(index.itemCount()).isEqualTo(2));
        }
    }
}
