package dev.cairn.core.index;

import static dev.cairn.core.index.IndexFixture.awaitActive;
import static dev.cairn.core.index.IndexFixture.awaitPropagation;
import static dev.cairn.core.index.IndexFixture.definition;
import static dev.cairn.core.index.IndexFixture.describe;
import static dev.cairn.core.index.IndexFixture.item;
import static dev.cairn.core.index.IndexFixture.keys;
import static dev.cairn.core.index.IndexFixture.n;
import static dev.cairn.core.index.IndexFixture.projection;
import static dev.cairn.core.index.IndexFixture.put;
import static dev.cairn.core.index.IndexFixture.s;
import static dev.cairn.core.index.IndexFixture.scanAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.CreateTableRequest;
import dev.cairn.api.model.GlobalSecondaryIndex;
import dev.cairn.api.model.GlobalSecondaryIndexDescription;
import dev.cairn.api.model.GlobalSecondaryIndexUpdate;
import dev.cairn.api.model.ProvisionedThroughput;
import dev.cairn.api.model.UpdateTableRequest;
import dev.cairn.api.model.UpdateTableResponse;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.table.Catalog;
import dev.cairn.core.table.IndexMetadata;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.spi.storage.Store;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** UpdateTable's GlobalSecondaryIndexUpdates: validation, online backfill under concurrent writes, resume, delete. */
class OnlineGlobalIndexTest {

    private static final List<AttributeDefinition> G = List.of(definition("g", "S"));

    private static void createBase(CairnEngine engine, String name) {
        engine.createTable(new CreateTableRequest(name, List.of(definition("pk", "S"), definition("sk", "N")),
                keys("pk", "sk"), null, null, "PAY_PER_REQUEST", null, null, null, null, null));
    }

    private static UpdateTableResponse update(CairnEngine engine, String table, List<AttributeDefinition> definitions,
            GlobalSecondaryIndexUpdate... updates) {
        return engine.updateTable(new UpdateTableRequest(table, definitions, null, null, List.of(updates), null, null,
                null));
    }

    private static GlobalSecondaryIndexUpdate create(String name, String hash, String range, String projectionType,
            String... nonKey) {
        return new GlobalSecondaryIndexUpdate(new GlobalSecondaryIndex(name, keys(hash, range),
                projection(projectionType, nonKey), null), null, null);
    }

    private static GlobalSecondaryIndexUpdate delete(String name) {
        return new GlobalSecondaryIndexUpdate(null, null, new GlobalSecondaryIndexUpdate.Delete(name));
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void indexUpdatesFollowDynamoDbRules(boolean transactions) throws Exception {
        try (CairnEngine engine = IndexFixture.engine(transactions)) {
            createBase(engine, "idx_u");
            assertThatThrownBy(() -> update(engine, "idx_u", null, create("byG", "g", null, "ALL")))
                    .hasMessage("No Attribute Schema Defined");
            assertThatThrownBy(() -> update(engine, "idx_u", G, create("byG", "g", null, "ALL"),
                    create("byG2", "g", null, "ALL")))
                    .isInstanceOfSatisfying(ApiException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED))
                    .hasMessage("Subscriber limit exceeded: Only 1 online index can be created or deleted "
                            + "simultaneously per table");
            assertThatThrownBy(() -> update(engine, "idx_u", List.of(definition("sk", "S")),
                    create("byG", "sk", null, "ALL")))
                    .hasMessage("invalid attribute, SchemaElement redefined should be of same type as previously defined");
            assertThatThrownBy(() -> update(engine, "idx_u", null, delete("nope")))
                    .isInstanceOfSatisfying(ApiException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_NOT_FOUND));
            assertThatThrownBy(() -> update(engine, "idx_u", null, new GlobalSecondaryIndexUpdate(null, null, null)))
                    .hasMessage("Update global secondary index action is null");
            assertThatThrownBy(() -> update(engine, "idx_u", G, new GlobalSecondaryIndexUpdate(new GlobalSecondaryIndex(
                    "byG", keys("g", null), projection("ALL"), new ProvisionedThroughput(1L, 1L)), null, null)))
                    .hasMessage("One or more parameter values were invalid: ProvisionedThroughput should not be "
                            + "specified for index: byG when BillingMode is PAY_PER_REQUEST");

            UpdateTableResponse created = update(engine, "idx_u", G, create("byG", "g", null, "KEYS_ONLY"));
            GlobalSecondaryIndexDescription creating = created.tableDescription().globalSecondaryIndexes().get(0);
            assertThat(creating.indexStatus()).isEqualTo("CREATING");
            assertThat(creating.backfilling()).isTrue();
            assertThat(created.tableDescription().attributeDefinitions()).extracting(AttributeDefinition::attributeName)
                    .containsExactly("pk", "sk", "g");
            awaitActive(engine, "idx_u", "byG");
            assertThatThrownBy(() -> update(engine, "idx_u", G, create("byG", "g", null, "ALL")))
                    .hasMessage("Attempting to create an index which already exists");

            UpdateTableResponse deleted = update(engine, "idx_u", null, delete("byG"));
            assertThat(deleted.tableDescription().globalSecondaryIndexes().get(0).indexStatus()).isEqualTo("DELETING");
            assertThat(describe(engine, "idx_u").globalSecondaryIndexes()).isNull();
            assertThat(describe(engine, "idx_u").attributeDefinitions()).extracting(AttributeDefinition::attributeName)
                    .containsExactly("pk", "sk");
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void aNewIndexNeverReusesADeletedIndexsEntries(boolean transactions) throws Exception {
        try (CairnEngine engine = IndexFixture.engine(transactions)) {
            createBase(engine, "idx_r");
            put(engine, "idx_r", item("pk", "a", "sk", 1, "g", "old"));
            update(engine, "idx_r", G, create("byG", "g", null, "ALL"));
            awaitActive(engine, "idx_r", "byG");
            update(engine, "idx_r", null, delete("byG"));
            IndexFixture.update(engine, "idx_r", item("pk", "a", "sk", 1), "SET g = :g", Map.of(":g", s("new")));
            update(engine, "idx_r", G, create("byG", "g", null, "KEYS_ONLY"));
            awaitActive(engine, "idx_r", "byG");
            awaitPropagation(engine);
            assertThat(scanAll(engine, "idx_r", "byG", null)).containsExactly(item("pk", "a", "sk", 1, "g", "new"));
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void anIndexLeftCreatingIsBackfilledWhenTheEngineStarts(boolean transactions) throws Exception {
        Store store = IndexFixture.store(transactions);
        CairnEngine first = new CairnEngine(store);
        createBase(first, "idx_s");
        for (int i = 0; i < 500; i++) {
            put(first, "idx_s", item("pk", "p" + i, "sk", i, "g", "g" + (i % 7)));
        }
        // As a crash right after the metadata switch leaves it: the index CREATING, nothing backfilled.
        Catalog catalog = new Catalog(store);
        TableMetadata table = catalog.find("idx_s");
        IndexMetadata index = new IndexMetadata("byG", dev.cairn.core.table.IndexKind.GLOBAL,
                table.nextGlobalIndexNumber(), new dev.cairn.core.table.KeyAttribute("g", "S"), null, "ALL", List.of(),
                IndexMetadata.CREATING, 0, 0);
        List<dev.cairn.core.table.KeyAttribute> definitions = new ArrayList<>(table.attributeDefinitions());
        definitions.add(new dev.cairn.core.table.KeyAttribute("g", "S"));
        assertThat(catalog.replace(table, table.withIndexes(List.of(index), definitions,
                table.nextGlobalIndexNumber() + 1))).isTrue();

        CairnEngine restarted = new CairnEngine(store);
        awaitActive(restarted, "idx_s", "byG");
        awaitPropagation(restarted);
        assertThat(scanAll(restarted, "idx_s", "byG", 100)).hasSize(500);
        restarted.close();
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void backfillOfAHundredThousandItemsUnderConcurrentWritesMatchesTheTable(boolean transactions) throws Exception {
        int items = 100_000;
        try (CairnEngine engine = IndexFixture.engine(transactions)) {
            createBase(engine, "idx_big");
            for (int i = 0; i < items; i++) {
                Map<String, AttributeValue> item = item("pk", "p" + (i % 5_000), "sk", i, "v", "value" + i);
                if (i % 10 != 0) {
                    item.put("g", s("g" + (i % 97)));
                    item.put("gs", n(Integer.toString(i % 13)));
                }
                put(engine, "idx_big", item);
            }
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger writes = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                running.add(writers.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    int inserted = 0;
                    while (writing.get()) {
                        int i = random.nextInt(items);
                        Map<String, AttributeValue> key = item("pk", "p" + (i % 5_000), "sk", i);
                        switch (random.nextInt(4)) {
                            case 0 -> IndexFixture.update(engine, "idx_big", key, "SET g = :g, v = :v",
                                    Map.of(":g", s("moved" + random.nextInt(50)), ":v", s("w" + writer)));
                            case 1 -> IndexFixture.update(engine, "idx_big", key, "REMOVE g", Map.of());
                            case 2 -> IndexFixture.update(engine, "idx_big", key, "SET v = :v",
                                    Map.of(":v", s("touched" + writer)));
                            default -> put(engine, "idx_big", item("pk", "new" + writer, "sk", inserted++, "g",
                                    "inserted", "gs", 1, "v", "fresh"));
                        }
                        writes.incrementAndGet();
                    }
                    return null;
                }));
            }
            long started = System.nanoTime();
            update(engine, "idx_big", List.of(definition("g", "S"), definition("gs", "N")),
                    create("byG", "g", "gs", "INCLUDE", "v"));
            awaitActive(engine, "idx_big", "byG");
            long backfillMillis = (System.nanoTime() - started) / 1_000_000;
            writing.set(false);
            for (Future<?> future : running) {
                future.get(1, TimeUnit.MINUTES);
            }
            writers.shutdown();
            long propagationStarted = System.nanoTime();
            awaitPropagation(engine);
            long propagationMillis = (System.nanoTime() - propagationStarted) / 1_000_000;
            System.out.printf("GSI backfill of %,d items (%s): ACTIVE after %,d ms with %,d concurrent writes; "
                    + "outbox drained %,d ms later%n", items,
                    transactions ? "store transactions" : "outbox, no multi-partition transactions", backfillMillis,
                    writes.get(), propagationMillis);

            Set<Map<String, AttributeValue>> expected = new HashSet<>();
            for (Map<String, AttributeValue> base : scanAll(engine, "idx_big", null, null)) {
                if (base.containsKey("g") && base.containsKey("gs")) {
                    expected.add(item("pk", base.get("pk"), "sk", base.get("sk"), "g", base.get("g"), "gs",
                            base.get("gs"), "v", base.get("v")));
                }
            }
            List<Map<String, AttributeValue>> entries = scanAll(engine, "idx_big", "byG", null);
            assertThat(entries).hasSameSizeAs(expected);
            assertThat(new HashSet<>(entries)).isEqualTo(expected);
        }
    }
}
