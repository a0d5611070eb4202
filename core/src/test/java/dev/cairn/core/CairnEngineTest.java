package dev.cairn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.CreateTableRequest;
import dev.cairn.api.model.DeleteTableRequest;
import dev.cairn.api.model.DescribeTableRequest;
import dev.cairn.api.model.GetItemRequest;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.ListTablesRequest;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.QueryRequest;
import dev.cairn.api.model.QueryResponse;
import dev.cairn.api.model.ScanRequest;
import dev.cairn.api.model.ScanResponse;
import dev.cairn.api.model.UpdateItemRequest;
import dev.cairn.backend.memory.MemoryStorageProvider;
import dev.cairn.backend.memory.MemoryStore;
import dev.cairn.backend.rocksdb.RocksDbStore;
import dev.cairn.spi.storage.DeferredDurability;
import dev.cairn.spi.storage.StoreConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's operations over the reference backend, without a front end in between. */
class CairnEngineTest {

    private CairnEngine engine;

    @BeforeEach
    void open() {
        engine = new CairnEngine(new MemoryStorageProvider().open(new StoreConfig(null, Map.of())));
        engine.createTable(new CreateTableRequest("events",
                List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("sk", "N")),
                List.of(new KeySchemaElement("pk", "HASH"), new KeySchemaElement("sk", "RANGE")),
                null, null, "PAY_PER_REQUEST", null, null, null, null, null));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void putThenGetReturnsTheItemWithCanonicalNumbers() {
        put(Map.of("pk", s("a"), "sk", n("1.0E1"), "v", n("0.50")));
        Map<String, AttributeValue> item = get("a", "10");
        assertThat(item).containsEntry("sk", n("10")).containsEntry("v", n("0.5"));
    }

    @Test
    void readsWithoutBlockingAnswerFromMemoryAndDeclineWhatWouldWait() {
        put(Map.of("pk", s("a"), "sk", n("1"), "v", s("x")));

        assertThat(engine.withoutBlocking(() -> get("a", "1"))).hasValue(get("a", "1"));
        // A table missing from the catalog cache means reading the catalog under its lock: declined.
        GetItemRequest missing = new GetItemRequest("missing", Map.of("pk", s("a")), null, null, null, null, null);
        assertThat(engine.withoutBlocking(() -> engine.getItem(missing))).isEmpty();
        assertThatThrownBy(() -> engine.getItem(missing)).isInstanceOf(ApiException.class);
    }

    @Test
    void readsWithoutBlockingAreDeclinedWhereCoreLocksRowsItself() {
        try (CairnEngine locking = new CairnEngine(new MemoryStorageProvider().open(
                new StoreConfig(null, Map.of(MemoryStore.MULTI_PARTITION_TRANSACTIONS, "false"))))) {
            assertThat(locking.withoutBlocking(() -> "answer")).isEmpty();
        }
    }

    @Test
    void writesWithoutBlockingAreDeclinedByAStoreThatCannotPromiseThem() {
        assertThat(engine.writeWithoutBlocking(() -> "answer")).isEmpty();
    }

    @Test
    void writesWithoutBlockingOnRocksDbAreAppliedWhenDeferred(@TempDir Path directory) {
        try (CairnEngine rocks = new CairnEngine(RocksDbStore.open(StoreConfig.inDirectory(directory)))) {
            rocks.createTable(new CreateTableRequest("events", List.of(new AttributeDefinition("pk", "S")),
                    List.of(new KeySchemaElement("pk", "HASH")), null, null, "PAY_PER_REQUEST", null, null, null,
                    null, null));
            PutItemRequest put = new PutItemRequest("events", Map.of("pk", s("a"), "v", s("x")), null, null, null,
                    null, null, null, null, null, null);

            // Not deferred, the write would wait for its fsync: declined, nothing written.
            assertThat(rocks.writeWithoutBlocking(() -> rocks.putItem(put))).isEmpty();
            GetItemRequest read = new GetItemRequest("events", Map.of("pk", s("a")), null, null, null, null, null);
            assertThat(rocks.getItem(read).item()).isNull();

            assertThat(rocks.deferringDurability(() -> rocks.writeWithoutBlocking(() -> rocks.putItem(put)))).isPresent();
            assertThat(rocks.getItem(read).item()).containsEntry("v", s("x"));
        }
    }

    @Test
    void callsDeferringDurabilityMarkTheirWritesForTheStore() throws Exception {
        boolean markedInside = engine.deferringDurability(() -> {
            put(Map.of("pk", s("a"), "sk", n("1")));
            return DeferredDurability.requested();
        });

        assertThat(markedInside).isTrue();
        assertThat(DeferredDurability.requested()).isFalse();
        assertThat(engine.durable().toCompletableFuture().get(10, TimeUnit.SECONDS)).isNull();
        assertThat(get("a", "1")).containsEntry("pk", s("a"));
    }

    @Test
    void queryReturnsSortKeyRangeInOrderAndPages() {
        for (int i = 0; i < 10; i++) {
            put(Map.of("pk", s("p"), "sk", n(Integer.toString(i - 5))));
        }
        QueryResponse between = query("pk = :p AND sk BETWEEN :lo AND :hi",
                Map.of(":p", s("p"), ":lo", n("-2"), ":hi", n("2")), null, true);
        assertThat(between.items()).extracting(item -> item.get("sk")).containsExactly(n("-2"), n("-1"), n("0"),
                n("1"), n("2"));

        List<AttributeValue> seen = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = engine.query(new QueryRequest("events", null, "pk = :p", null, null, null,
                    Map.of(":p", s("p")), null, 3, null, false, start, null, null, null, null, null));
            page.items().forEach(item -> seen.add(item.get("sk")));
            start = page.lastEvaluatedKey();
        } while (start != null);
        assertThat(seen).hasSize(10).first().isEqualTo(n("4"));
        assertThat(seen).last().isEqualTo(n("-5"));
    }

    @Test
    void conditionalPutFailsWhenItemExists() {
        put(Map.of("pk", s("a"), "sk", n("1")));
        assertThatThrownBy(() -> engine.putItem(new PutItemRequest("events", Map.of("pk", s("a"), "sk", n("1")),
                "attribute_not_exists(pk)", null, null, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONDITIONAL_CHECK_FAILED));
    }

    @Test
    void concurrentCounterIncrementsAreAllKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    engine.updateItem(new UpdateItemRequest("events", Map.of("pk", s("c"), "sk", n("0")),
                            "ADD hits :one", null, null, Map.of(":one", n("1")), null, null, null, null, null, null,
                            null));
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(get("c", "0")).containsEntry("hits", n("1600"));
    }

    @Test
    void parallelScanSegmentsReturnEveryItemOnce() {
        for (int i = 0; i < 50; i++) {
            put(Map.of("pk", s("k" + i), "sk", n("1")));
        }
        Set<AttributeValue> seen = new HashSet<>();
        int total = 0;
        for (int segment = 0; segment < 4; segment++) {
            ScanResponse page = engine.scan(new ScanRequest("events", null, null, null, null, null, null, null, null,
                    null, segment, 4, null, null, null, null));
            for (Map<String, AttributeValue> item : page.items()) {
                seen.add(item.get("pk"));
                total++;
            }
        }
        assertThat(total).isEqualTo(50);
        assertThat(seen).hasSize(50);
    }

    @Test
    void deleteTableRemovesTableAndItsItems() {
        put(Map.of("pk", s("a"), "sk", n("1")));
        engine.deleteTable(new DeleteTableRequest("events"));
        assertThat(engine.listTables(new ListTablesRequest(null, null)).tableNames()).doesNotContain("events");
        assertThatThrownBy(() -> engine.describeTable(new DescribeTableRequest("events")))
                .hasMessage("Requested resource not found: Table: events not found");
    }

    @Test
    void wrongKeyTypeIsRejectedWithDynamoDbMessage() {
        assertThatThrownBy(() -> put(Map.of("pk", n("1"), "sk", n("1"))))
                .hasMessage("One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N");
    }

    private void put(Map<String, AttributeValue> item) {
        engine.putItem(new PutItemRequest("events", new LinkedHashMap<>(item), null, null, null, null, null, null,
                null, null, null));
    }

    private Map<String, AttributeValue> get(String pk, String sk) {
        return engine.getItem(new GetItemRequest("events", Map.of("pk", s(pk), "sk", n(sk)), null, null, null, null,
                null)).item();
    }

    private QueryResponse query(String keyCondition, Map<String, AttributeValue> values, Integer limit,
            boolean forward) {
        return engine.query(new QueryRequest("events", null, keyCondition, null, null, null, values, null, limit, null,
                forward, null, null, null, null, null, null));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.s(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.n(value);
    }
}
