package dev.cairn.tck.storage;

import static dev.cairn.tck.storage.Rows.bytes;
import static dev.cairn.tck.storage.Rows.clusterings;
import static dev.cairn.tck.storage.Rows.drain;
import static dev.cairn.tck.storage.Rows.hex;
import static dev.cairn.tck.storage.Rows.ofLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.spi.storage.DeferredDurability;
import dev.cairn.spi.storage.NonBlockingReads;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.PartitionBatch.Condition;
import dev.cairn.spi.storage.PartitionBatch.Mutation;
import dev.cairn.spi.storage.RangeRead;
import dev.cairn.spi.storage.ScanRead;
import dev.cairn.spi.storage.StoreTransaction;
import dev.cairn.spi.storage.WouldBlockException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The contract's non-blocking reads, writes and transactions, and writes with deferred durability. */
abstract class NonBlockingAndDurabilityContract extends ConditionalBatchContract {

    @Test
    void nonBlockingReadsGiveTheSameAnswersOrSayTheyWouldBlock() {
        assumeTrue(store.features().nonBlockingReads(), "the store does not declare non-blocking reads");
        writeRows(P, 1, 5);

        assertSameUnlessWouldBlock(() -> store.get(keyspace, P, bytes(3)), Rows::hex);
        assertSameUnlessWouldBlock(() -> store.get(keyspace, P, bytes(9)), Rows::hex);
        assertSameUnlessWouldBlock(() -> drain(store.range(RangeRead.all(keyspace, P))), Rows::clusterings);
        assertSameUnlessWouldBlock(() -> drain(store.scan(ScanRead.all(keyspace))), Rows::clusterings);
        assertThat(NonBlockingReads.requested()).isFalse();
    }

    @Test
    void storesWithoutNonBlockingReadsIgnoreTheRequest() {
        assumeFalse(store.features().nonBlockingReads(), "the store declares non-blocking reads");
        writeRows(P, 1, 2);

        assertThat(NonBlockingReads.attempt(() -> store.get(keyspace, P, bytes(1)))).isNotNull();
    }

    @Test
    void nonBlockingWritesApplyOrSayTheyWouldBlockHavingWrittenNothing() {
        assumeTrue(store.features().nonBlockingWrites(), "the store does not declare non-blocking writes");
        writeRows(P, 1, 2);
        PartitionBatch swap = batch(P, List.of(new Condition(bytes(1), store.get(keyspace, P, bytes(1))),
                new Condition(bytes(5), null)), List.of(new Mutation(bytes(1), bytes(9)), new Mutation(bytes(5), bytes(5))));

        try {
            assertThat(DeferredDurability.run(() -> NonBlockingReads.attempt(() -> store.apply(swap)))).isTrue();
            assertThat(store.get(keyspace, P, bytes(1))).containsExactly(9);
            assertThat(store.get(keyspace, P, bytes(5))).containsExactly(5);
        } catch (WouldBlockException wouldBlock) {
            assertThat(store.get(keyspace, P, bytes(5))).isNull();
            assertThat(store.apply(swap)).isTrue(); // nothing was changed by the attempt
        }
        assertThat(NonBlockingReads.requested()).isFalse();
        assertThat(DeferredDurability.requested()).isFalse();
    }

    @Test
    void nonBlockingTransactionsCommitOrSayTheyWouldBlockHavingWrittenNothing() {
        assumeTrue(store.features().nonBlockingWrites(), "the store does not declare non-blocking writes");
        assumeTrue(store.features().multiPartitionTransactions(), "the store has no transactions");
        writeRows(P, 1, 2);
        Function<StoreTransaction, Boolean> move = transaction -> {
            byte[] value = transaction.get(keyspace, P, bytes(1));
            transaction.delete(keyspace, P, bytes(1));
            transaction.put(keyspace, Q, bytes(1), value);
            return true;
        };

        try {
            assertThat(DeferredDurability.run(() -> NonBlockingReads.attempt(() -> store.transact(move)))).isTrue();
        } catch (WouldBlockException wouldBlock) {
            assertThat(store.get(keyspace, P, bytes(1))).containsExactly(1);
            assertThat(store.get(keyspace, Q, bytes(1))).isNull();
            assertThat(store.transact(move)).isTrue(); // nothing was changed by the attempt
        }
        assertThat(store.get(keyspace, P, bytes(1))).isNull();
        assertThat(store.get(keyspace, Q, bytes(1))).containsExactly(1);
        assertThat(NonBlockingReads.requested()).isFalse();
        assertThat(DeferredDurability.requested()).isFalse();
    }

    /** A non-blocking read either agrees with the ordinary read or throws WouldBlockException. */
    private static <T> void assertSameUnlessWouldBlock(Supplier<T> read, Function<T, Object> view) {
        Object expected = view.apply(read.get());
        try {
            assertThat(view.apply(NonBlockingReads.attempt(read))).isEqualTo(expected);
        } catch (WouldBlockException wouldBlock) {
            assertThat(view.apply(read.get())).isEqualTo(expected); // nothing changed by the attempt
        }
    }

    @Test
    void writesWithDeferredDurabilityAreAppliedAndThenMadeDurable() throws Exception {
        writeRows(P, 1, 3);

        boolean applied = DeferredDurability.run(() -> {
            put(P, bytes(4), bytes(4));
            return store.apply(batch(P, List.of(new Condition(bytes(1), null)),
                    List.of(new Mutation(bytes(1), bytes(9)))));
        });

        assertThat(applied).isFalse();
        assertThat(DeferredDurability.requested()).isFalse();
        assertThat(store.durable().toCompletableFuture().get(50, TimeUnit.SECONDS)).isNull();
        assertThat(clusterings(drain(store.range(RangeRead.all(keyspace, P))))).containsExactly("01", "02", "03", "04");
        assertThat(store.get(keyspace, P, bytes(1))).containsExactly(1);
    }

    @Test
    void concurrentWritersWithDeferredDurabilityAreAllMadeDurable() throws Exception {
        int threads = 8;
        int writesEach = 50;
        AtomicInteger next = new AtomicInteger();
        List<Integer> written = runConcurrently(threads, () -> {
            for (int i = 0; i < writesEach; i++) {
                int row = next.incrementAndGet();
                DeferredDurability.run(() -> {
                    put(P, bytes(row >> 8, row), ofLong(row));
                    return null;
                });
                store.durable().toCompletableFuture().get(50, TimeUnit.SECONDS);
            }
            return writesEach;
        });

        assertThat(written).containsOnly(writesEach).hasSize(threads);
        assertThat(drain(store.range(RangeRead.all(keyspace, P)))).hasSize(threads * writesEach);
    }
}
