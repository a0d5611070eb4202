package dev.cairn.core.transaction;

import static dev.cairn.core.transaction.Requests.n;
import static dev.cairn.core.transaction.Requests.put;
import static dev.cairn.core.transaction.Requests.s;
import static dev.cairn.core.transaction.Requests.update;
import static dev.cairn.core.transaction.Requests.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.TransactWriteItemsRequest;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.table.Subspaces;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.ScanRead;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Core's own protocol after a coordinator dies: a transaction killed before its commit point is
 * rolled back, one killed after it is rolled forward, by the recovery of the next engine over the
 * same store — never half applied. Stores with native transactions have no such points.
 */
class TransactionRecoveryTest {

    private EngineFixture fixture;

    @AfterEach
    void close() {
        CrashPoints.disarm();
        if (fixture != null) {
            fixture.close();
        }
    }

    private String openWithAccounts(TransactionBackend backend) {
        assumeFalse(backend.nativeTransactions(), "a store transaction has no prepare or commit point to crash at");
        fixture = new EngineFixture(backend);
        String table = fixture.table("txn_crash");
        TransactWriteItemsTest.putItem(fixture.engine(), table, Map.of("pk", s("a"), "balance", n("100")));
        TransactWriteItemsTest.putItem(fixture.engine(), table, Map.of("pk", s("b"), "balance", n("100")));
        return table;
    }

    private static TransactWriteItemsRequest transfer(String table) {
        return new TransactWriteItemsRequest(List.of(
                update(table, "a", "SET balance = balance - :x", Map.of(":x", n("30")), "balance >= :x"),
                update(table, "b", "SET balance = balance + :x", Map.of(":x", n("30")), null),
                put(table, Map.of("pk", s("created"), "by", s("transfer")))), null, null, "crash-token");
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void transactionKilledBetweenPrepareAndCommitIsRolledBack(TransactionBackend backend) {
        String table = openWithAccounts(backend);
        CrashPoints.arm(CrashPoints.AFTER_PREPARE);
        assertThatThrownBy(() -> fixture.engine().transactWriteItems(transfer(table)))
                .isInstanceOf(CrashPoints.SimulatedCrash.class);
        CairnEngine before = fixture.engine();
        assertThat(TransactWriteItemsTest.get(before, table, "a")).containsEntry("balance", n("100"));
        assertThatThrownBy(() -> TransactWriteItemsTest.putItem(before, table, Map.of("pk", s("a"))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TRANSACTION_CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("Transaction is ongoing for the item");
                });

        CairnEngine engine = fixture.restart();

        assertThat(TransactWriteItemsTest.get(engine, table, "a")).containsEntry("balance", n("100"));
        assertThat(TransactWriteItemsTest.get(engine, table, "b")).containsEntry("balance", n("100"));
        assertThat(TransactWriteItemsTest.get(engine, table, "created")).isNull();
        assertNoLocksAndNoRecords(table);
        TransactWriteItemsTest.putItem(engine, table, Map.of("pk", s("a"), "balance", n("1")));
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void transactionKilledAfterCommitBeforeApplyIsRolledForward(TransactionBackend backend) {
        String table = openWithAccounts(backend);
        CrashPoints.arm(CrashPoints.AFTER_COMMIT);
        assertThatThrownBy(() -> fixture.engine().transactWriteItems(transfer(table)))
                .isInstanceOf(CrashPoints.SimulatedCrash.class);
        assertThat(TransactWriteItemsTest.get(fixture.engine(), table, "a"))
                .as("committed: readers see the result before it is applied").containsEntry("balance", n("70"));

        CairnEngine engine = fixture.restart();

        assertThat(TransactWriteItemsTest.get(engine, table, "a")).containsEntry("balance", n("70"));
        assertThat(TransactWriteItemsTest.get(engine, table, "b")).containsEntry("balance", n("130"));
        assertThat(TransactWriteItemsTest.get(engine, table, "created")).containsEntry("by", s("transfer"));
        assertNoLocksAndNoRecords(table);
        engine.transactWriteItems(transfer(table));
        assertThat(TransactWriteItemsTest.get(engine, table, "a"))
                .as("the token of the rolled-forward transaction answers without running again")
                .containsEntry("balance", n("70"));
    }

    @ParameterizedTest
    @EnumSource(TransactionBackend.class)
    void singleItemWriteRollsACommittedTransactionForwardFirst(TransactionBackend backend) {
        String table = openWithAccounts(backend);
        CrashPoints.arm(CrashPoints.AFTER_COMMIT);
        assertThatThrownBy(() -> fixture.engine().transactWriteItems(transfer(table)))
                .isInstanceOf(CrashPoints.SimulatedCrash.class);
        CairnEngine engine = fixture.engine();

        engine.updateItem(new dev.cairn.api.model.UpdateItemRequest(table, Map.of("pk", s("b")),
                "SET balance = balance + :one", null, null, Map.of(":one", n("1")), null, null, null, null, null, null,
                null));

        assertThat(TransactWriteItemsTest.get(engine, table, "b")).containsEntry("balance", n("131"));
    }

    private void assertNoLocksAndNoRecords(String table) {
        try (RowCursor records = fixture.store.scan(ScanRead.all(Subspaces.TRANSACTION_LOG))) {
            assertThat(records.hasNext()).as("transaction records left").isFalse();
        }
        String id = new dev.cairn.core.table.Catalog(fixture.store).find(table).id();
        try (RowCursor rows = fixture.store.scan(ScanRead.all(Subspaces.tableKeyspace(id)))) {
            rows.forEachRemaining(row -> assertThat(
                    dev.cairn.core.write.StoredItemCodec.decode(row.value()).locked()).isFalse());
        }
    }
}
