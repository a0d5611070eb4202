package dev.cairn.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.CreateTableRequest;
import dev.cairn.api.model.DeleteItemRequest;
import dev.cairn.api.model.DescribeTableRequest;
import dev.cairn.api.model.GlobalSecondaryIndex;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.LocalSecondaryIndex;
import dev.cairn.api.model.Projection;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.QueryRequest;
import dev.cairn.api.model.QueryResponse;
import dev.cairn.api.model.ScanRequest;
import dev.cairn.api.model.ScanResponse;
import dev.cairn.api.model.TableDescription;
import dev.cairn.api.model.UpdateItemRequest;
import dev.cairn.backend.memory.MemoryStore;
import dev.cairn.backend.memory.MemoryStorageProvider;
import dev.cairn.core.CairnEngine;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders and shortcuts shared by the secondary index tests, over the memory backend with or without transactions. */
final class IndexFixture {

    private IndexFixture() {}

    static Store store(boolean multiPartitionTransactions) {
        return new MemoryStorageProvider().open(new StoreConfig(null,
                Map.of(MemoryStore.MULTI_PARTITION_TRANSACTIONS, Boolean.toString(multiPartitionTransactions))));
    }

    static CairnEngine engine(boolean multiPartitionTransactions) {
        return new CairnEngine(store(multiPartitionTransactions));
    }

    static AttributeValue s(String value) {
        return AttributeValue.s(value);
    }

    static AttributeValue n(String value) {
        return AttributeValue.n(value);
    }

    static AttributeDefinition definition(String name, String type) {
        return new AttributeDefinition(name, type);
    }

    static List<KeySchemaElement> keys(String hash, String range) {
        List<KeySchemaElement> keys = new ArrayList<>();
        keys.add(new KeySchemaElement(hash, "HASH"));
        if (range != null) {
            keys.add(new KeySchemaElement(range, "RANGE"));
        }
        return keys;
    }

    static Projection projection(String type, String... nonKey) {
        return new Projection(type, nonKey.length == 0 ? null : List.of(nonKey));
    }

    static LocalSecondaryIndex lsi(String name, String range, Projection projection) {
        return new LocalSecondaryIndex(name, keys("pk", range), projection);
    }

    static GlobalSecondaryIndex gsi(String name, String hash, String range, Projection projection) {
        return new GlobalSecondaryIndex(name, keys(hash, range), projection, null);
    }

    static CreateTableRequest createTable(String name, List<AttributeDefinition> definitions,
            List<LocalSecondaryIndex> locals, List<GlobalSecondaryIndex> globals) {
        return new CreateTableRequest(name, definitions, keys("pk", "sk"), locals, globals, "PAY_PER_REQUEST", null,
                null, null, null, null);
    }

    /** A table "events" (pk S, sk S) with lsi "byL" (l N, INCLUDE x), gsi "byG" (g S, l N, KEYS_ONLY) and "byH" (h S, ALL). */
    static void createEvents(CairnEngine engine) {
        engine.createTable(createTable("events",
                List.of(definition("pk", "S"), definition("sk", "S"), definition("l", "N"), definition("g", "S"),
                        definition("h", "S")),
                List.of(lsi("byL", "l", projection("INCLUDE", "x"))),
                List.of(gsi("byG", "g", "l", projection("KEYS_ONLY")), gsi("byH", "h", null, projection("ALL")))));
    }

    static Map<String, AttributeValue> item(Object... namesAndValues) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value == null) {
                continue;
            }
            item.put((String) namesAndValues[i], value instanceof AttributeValue attribute ? attribute
                    : value instanceof Number ? n(value.toString()) : s((String) value));
        }
        return item;
    }

    static void put(CairnEngine engine, String table, Map<String, AttributeValue> item) {
        engine.putItem(new PutItemRequest(table, item, null, null, null, null, null, null, null, null, null));
    }

    static void update(CairnEngine engine, String table, Map<String, AttributeValue> key, String expression,
            Map<String, AttributeValue> values) {
        engine.updateItem(new UpdateItemRequest(table, key, expression, null, null, values.isEmpty() ? null : values,
                null, null, null, null, null, null, null));
    }

    static void delete(CairnEngine engine, String table, Map<String, AttributeValue> key) {
        engine.deleteItem(new DeleteItemRequest(table, key, null, null, null, null, null, null, null, null, null));
    }

    static QueryRequest query(String table, String index, String condition, Map<String, AttributeValue> values,
            Integer limit, Map<String, AttributeValue> start) {
        return new QueryRequest(table, index, condition, null, null, null, values, null, limit, null, null, start, null,
                null, null, null, null);
    }

    static QueryResponse query(CairnEngine engine, String table, String index, String condition,
            Map<String, AttributeValue> values) {
        return engine.query(query(table, index, condition, values, null, null));
    }

    static ScanRequest scan(String table, String index, Integer limit, Map<String, AttributeValue> start) {
        return new ScanRequest(table, index, null, null, null, null, null, limit, null, start, null, null, null, null,
                null, null);
    }

    /** Every item of a table or index, following LastEvaluatedKey with pages of {@code pageSize}. */
    static List<Map<String, AttributeValue>> scanAll(CairnEngine engine, String table, String index, Integer pageSize) {
        List<Map<String, AttributeValue>> all = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanResponse page = engine.scan(scan(table, index, pageSize, start));
            all.addAll(page.items());
            start = page.lastEvaluatedKey();
        } while (start != null);
        return all;
    }

    static TableDescription describe(CairnEngine engine, String table) {
        return engine.describeTable(new DescribeTableRequest(table)).table();
    }

    static void awaitPropagation(CairnEngine engine) throws InterruptedException {
        assertThat(engine.awaitIndexPropagation(Duration.ofSeconds(60))).as("index propagation").isTrue();
    }

    /** Waits until the named global index is ACTIVE; the time waited, in milliseconds. */
    static long awaitActive(CairnEngine engine, String table, String index) throws InterruptedException {
        long started = System.nanoTime();
        while (true) {
            String status = describeStatus(engine, table, index);
            if ("ACTIVE".equals(status)) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            if (System.nanoTime() - started > Duration.ofMinutes(5).toNanos()) {
                throw new AssertionError("index " + index + " still " + status);
            }
            Thread.sleep(100);
        }
    }

    static String describeStatus(CairnEngine engine, String table, String index) {
        return describe(engine, table).globalSecondaryIndexes().stream()
                .filter(description -> description.indexName().equals(index))
                .findFirst().orElseThrow().indexStatus();
    }
}
