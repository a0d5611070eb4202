package dev.cairn.core.transaction;

import static dev.cairn.core.transaction.Requests.put;
import static dev.cairn.core.transaction.Requests.s;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.BatchWriteItemRequest;
import dev.cairn.api.model.Capacity;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.api.model.DeleteRequest;
import dev.cairn.api.model.GlobalSecondaryIndex;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.LocalSecondaryIndex;
import dev.cairn.api.model.Projection;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.PutRequest;
import dev.cairn.api.model.TransactWriteItemsRequest;
import dev.cairn.api.model.WriteRequest;
import dev.cairn.core.CairnEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ReturnConsumedCapacity INDEXES is the same on every write path: a store transaction, core's own
 * prepare/commit protocol and the partition batch with its global index outbox (IndexCapacitySuite
 * pins the figures against DynamoDB Local on the default path only).
 */
class IndexCapacityOnEveryPathTest {

    private static final Map<String, AttributeValue> OLD = Map.of("pk", s("a"), "sk", s("1"), "l", s("x"), "g", s("Oslo"));
    private static final Map<String, AttributeValue> MOVED = Map.of("pk", s("a"), "sk", s("1"), "l", s("x"), "g", s("Rome"));

    private EngineFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void blindPutReplacingAnIndexedItemChargesTheMovedGlobalEntry(TransactionBackend backend) {
        CairnEngine engine = open(backend);
        String table = indexedTable();
        TransactWriteItemsTest.putItem(engine, table, OLD);

        ConsumedCapacity capacity = engine.putItem(new PutItemRequest(table, MOVED, null, null, null, null, "INDEXES",
                null, null, null, null)).consumedCapacity();

        assertThat(capacity).isEqualTo(breakdown(table, 1.0, 2.0, 1.0));
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void batchWriteChargesEachPutAndDeleteOnItsIndexes(TransactionBackend backend) {
        CairnEngine engine = open(backend);
        String table = indexedTable();
        TransactWriteItemsTest.putItem(engine, table, OLD);

        List<ConsumedCapacity> consumed = engine.batchWriteItem(new BatchWriteItemRequest(Map.of(table, List.of(
                new WriteRequest(new PutRequest(Map.of("pk", s("b"), "sk", s("1"), "g", s("Oslo"))), null),
                new WriteRequest(null, new DeleteRequest(Map.of("pk", s("a"), "sk", s("1")))))), "INDEXES", null))
                .consumedCapacity();

        assertThat(consumed).containsExactly(breakdown(table, 2.0, 2.0, 1.0));
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void transactionChargesTwiceOnTheTableAndOnEachIndex(TransactionBackend backend) {
        CairnEngine engine = open(backend);
        String table = indexedTable();
        TransactWriteItemsTest.putItem(engine, table, OLD);

        List<ConsumedCapacity> consumed = engine.transactWriteItems(new TransactWriteItemsRequest(
                List.of(put(table, MOVED)), "INDEXES", null, null)).consumedCapacity();

        assertThat(consumed).containsExactly(breakdown(table, 2.0, 4.0, 2.0));
    }

    private CairnEngine open(TransactionBackend backend) {
        fixture = new EngineFixture(backend);
        return fixture.engine();
    }

    /** pk, sk; local index byL on l and global index byG on g, both projecting ALL. */
    private String indexedTable() {
        Projection all = new Projection("ALL", null);
        return fixture.indexedTable("capacity",
                List.of(new LocalSecondaryIndex("byL", List.of(new KeySchemaElement("pk", "HASH"),
                        new KeySchemaElement("l", "RANGE")), all)),
                List.of(new GlobalSecondaryIndex("byG", List.of(new KeySchemaElement("g", "HASH")), all, null)));
    }

    private static ConsumedCapacity breakdown(String table, double tableUnits, double global, double local) {
        return new ConsumedCapacity(table, tableUnits + global + local, null, null, new Capacity(null, null, tableUnits),
                Map.of("byL", new Capacity(null, null, local)), Map.of("byG", new Capacity(null, null, global)));
    }
}
