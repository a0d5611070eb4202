package dev.cairn.core.index;

import static dev.cairn.core.index.IndexFixture.awaitActive;
import static dev.cairn.core.index.IndexFixture.awaitPropagation;
import static dev.cairn.core.index.IndexFixture.definition;
import static dev.cairn.core.index.IndexFixture.delete;
import static dev.cairn.core.index.IndexFixture.item;
import static dev.cairn.core.index.IndexFixture.projection;
import static dev.cairn.core.index.IndexFixture.put;
import static dev.cairn.core.index.IndexFixture.query;
import static dev.cairn.core.index.IndexFixture.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.CreateTableRequest;
import dev.cairn.api.model.GlobalSecondaryIndex;
import dev.cairn.api.model.GlobalSecondaryIndexUpdate;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.UpdateTableRequest;
import dev.cairn.core.CairnEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A global index with a two-attribute partition key (a S, b N) and sort key (c N, d S), kept on
 * both write paths: in the write's own transaction, and through the outbox on a store without
 * multi-partition transactions; created with the table or added by UpdateTable and backfilled.
 */
class MultiAttributeGlobalIndexTest {

    private static final List<KeySchemaElement> KEY_SCHEMA = List.of(new KeySchemaElement("a", "HASH"),
            new KeySchemaElement("b", "HASH"), new KeySchemaElement("c", "RANGE"), new KeySchemaElement("d", "RANGE"));

    private static void createTable(CairnEngine engine, boolean withIndex) {
        engine.createTable(new CreateTableRequest("tbl",
                withIndex ? List.of(definition("p", "S"), definition("a", "S"), definition("b", "N"),
                        definition("c", "N"), definition("d", "S")) : List.of(definition("p", "S")),
                List.of(new KeySchemaElement("p", "HASH")), null,
                withIndex ? List.of(new GlobalSecondaryIndex("gsi", KEY_SCHEMA, projection("KEYS_ONLY"), null)) : null,
                "PAY_PER_REQUEST", null, null, null, null, null));
    }

    private static List<String> queryBaseKeys(CairnEngine engine, String condition, Map<String, AttributeValue> values) {
        return query(engine, "tbl", "gsi", condition, values).items().stream().map(i -> ((AttributeValue.S) i.get("p")).value())
                .toList();
    }

    private static final Map<String, AttributeValue> AB = item(":a", "x", ":b", 1);

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void writesKeepTheIndexInSortKeyTupleOrderAndSparse(boolean transactions) throws InterruptedException {
        try (CairnEngine engine = IndexFixture.engine(transactions)) {
            createTable(engine, true);
            put(engine, "tbl", item("p", "1", "a", "x", "b", 1, "c", 10, "d", "b"));
            put(engine, "tbl", item("p", "2", "a", "x", "b", 1, "c", 2, "d", "z"));
            put(engine, "tbl", item("p", "3", "a", "x", "b", 1, "c", 10, "d", "a"));
            put(engine, "tbl", item("p", "4", "a", "x", "b", 2, "c", 1, "d", "a"));
            put(engine, "tbl", item("p", "5", "a", "x", "b", 1, "c", 1));
            awaitPropagation(engine);
            assertThat(queryBaseKeys(engine, "a = :a AND b = :b", AB)).containsExactly("2", "3", "1");

            update(engine, "tbl", item("p", "5"), "SET d = :d", item(":d", "q"));
            update(engine, "tbl", item("p", "1"), "REMOVE b", Map.of());
            update(engine, "tbl", item("p", "2"), "SET c = :c", item(":c", 11));
            delete(engine, "tbl", item("p", "3"));
            awaitPropagation(engine);

            assertThat(queryBaseKeys(engine, "a = :a AND b = :b", AB)).containsExactly("5", "2");
            assertThat(queryBaseKeys(engine, "a = :a AND b = :b AND c = :c AND d >= :d",
                    item(":a", "x", ":b", 1, ":c", 1, ":d", "q"))).containsExactly("5");
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void updateTableBackfillsTheItemsThatHaveEveryKeyAttribute(boolean transactions) throws InterruptedException {
        try (CairnEngine engine = IndexFixture.engine(transactions)) {
            createTable(engine, false);
            put(engine, "tbl", item("p", "1", "a", "x", "b", 1, "c", 3, "d", "a"));
            put(engine, "tbl", item("p", "2", "a", "x", "b", 1, "c", 2, "d", "a"));
            put(engine, "tbl", item("p", "3", "a", "x", "b", 1, "c", 1));
            put(engine, "tbl", item("p", "4", "a", "x", "b", "wrong type", "c", 1, "d", "a"));

            engine.updateTable(new UpdateTableRequest("tbl", List.of(definition("a", "S"), definition("b", "N"),
                    definition("c", "N"), definition("d", "S")), null, null,
                    List.of(new GlobalSecondaryIndexUpdate(new GlobalSecondaryIndex("gsi", KEY_SCHEMA, projection("ALL"),
                            null), null, null)), null, null, null));
            awaitActive(engine, "tbl", "gsi");
            awaitPropagation(engine);

            assertThat(queryBaseKeys(engine, "a = :a AND b = :b", AB)).containsExactly("2", "1");
        }
    }
}
