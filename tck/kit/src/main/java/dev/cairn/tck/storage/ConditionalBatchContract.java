package dev.cairn.tck.storage;

import static dev.cairn.tck.storage.Rows.bytes;
import static dev.cairn.tck.storage.Rows.clusterings;
import static dev.cairn.tck.storage.Rows.drain;
import static dev.cairn.tck.storage.Rows.ofLong;
import static dev.cairn.tck.storage.Rows.toLong;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.spi.storage.Bound;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.PartitionBatch.Condition;
import dev.cairn.spi.storage.PartitionBatch.Mutation;
import dev.cairn.spi.storage.RangeRead;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract's conditional single-partition batches, including concurrent compare-and-set. */
abstract class ConditionalBatchContract extends ScanContract {

    @Test
    void batchWithoutConditionsAppliesEveryMutation() {
        boolean applied = store.apply(batch(P, List.of(),
                List.of(new Mutation(bytes(1), bytes(1)), new Mutation(bytes(2), bytes(2)))));

        assertThat(applied).isTrue();
        assertThat(clusterings(drain(store.range(RangeRead.all(keyspace, P))))).containsExactly("01", "02");
    }

    @Test
    void conditionOnAbsentRowHoldsOnlyWhileTheRowIsAbsent() {
        PartitionBatch insert = batch(P, List.of(new Condition(bytes(1), null)), List.of(new Mutation(bytes(1), bytes(7))));

        assertThat(store.apply(insert)).isTrue();
        assertThat(store.apply(batch(P, List.of(new Condition(bytes(1), null)), List.of(new Mutation(bytes(1), bytes(8))))))
                .isFalse();
        assertThat(store.get(keyspace, P, bytes(1))).containsExactly(7);
    }

    @Test
    void conditionOnExactValueHoldsOnlyForThoseBytes() {
        put(P, bytes(1), bytes(1, 2));

        assertThat(store.apply(batch(P, List.of(new Condition(bytes(1), bytes(1))), List.of(new Mutation(bytes(1), bytes(9))))))
                .isFalse();
        assertThat(store.apply(batch(P, List.of(new Condition(bytes(1), bytes(1, 2, 0))), List.of(new Mutation(bytes(1), bytes(9))))))
                .isFalse();
        assertThat(store.apply(batch(P, List.of(new Condition(bytes(2), bytes(1, 2))), List.of(new Mutation(bytes(1), bytes(9))))))
                .isFalse();
        assertThat(store.apply(batch(P, List.of(new Condition(bytes(1), bytes(1, 2))), List.of(new Mutation(bytes(1), bytes(3))))))
                .isTrue();
        assertThat(store.get(keyspace, P, bytes(1))).containsExactly(3);
    }

    @Test
    void failingConditionWritesNothing() {
        put(P, bytes(1), bytes(1));
        put(P, bytes(2), bytes(2));

        boolean applied = store.apply(batch(P,
                List.of(new Condition(bytes(1), bytes(1)), new Condition(bytes(2), bytes(9))),
                List.of(new Mutation(bytes(1), null), new Mutation(bytes(3), bytes(3)), new Mutation(bytes(2), bytes(0)))));

        assertThat(applied).isFalse();
        assertThat(clusterings(drain(store.range(RangeRead.all(keyspace, P))))).containsExactly("01", "02");
        assertThat(store.get(keyspace, P, bytes(2))).containsExactly(2);
    }

    @Test
    void batchDeletesRowsAndDeletingAnAbsentRowIsHarmless() {
        writeRows(P, 1, 3);

        boolean applied = store.apply(batch(P, List.of(new Condition(bytes(2), bytes(2))),
                List.of(new Mutation(bytes(2), null), new Mutation(bytes(9), null))));

        assertThat(applied).isTrue();
        assertThat(clusterings(drain(store.range(RangeRead.all(keyspace, P))))).containsExactly("01", "03");
    }

    @Test
    void mutationsOfOneBatchApplyInOrder() {
        store.apply(batch(P, List.of(), List.of(
                new Mutation(bytes(1), bytes(1)), new Mutation(bytes(1), null),
                new Mutation(bytes(2), null), new Mutation(bytes(2), bytes(2)),
                new Mutation(bytes(3), bytes(1)), new Mutation(bytes(3), bytes(3)))));

        assertThat(store.get(keyspace, P, bytes(1))).isNull();
        assertThat(store.get(keyspace, P, bytes(2))).containsExactly(2);
        assertThat(store.get(keyspace, P, bytes(3))).containsExactly(3);
    }

    @Test
    void batchWithOnlyConditionsReportsWhetherTheyHold() {
        put(P, bytes(1), bytes(1));

        assertThat(store.apply(batch(P, List.of(new Condition(bytes(1), bytes(1))), List.of()))).isTrue();
        assertThat(store.apply(batch(P, List.of(new Condition(bytes(1), null)), List.of()))).isFalse();
    }

    @Test
    void contradictoryConditionsOnOneRowNeverHold() {
        put(P, bytes(1), bytes());

        boolean applied = store.apply(batch(P,
                List.of(new Condition(bytes(1), bytes(7)), new Condition(bytes(1), bytes(8)), new Condition(bytes(1), bytes())),
                List.of(new Mutation(bytes(2), bytes(2)))));

        assertThat(applied).isFalse();
        assertThat(store.get(keyspace, P, bytes(2))).isNull();
        assertThat(store.apply(batch(P, List.of(new Condition(bytes(1), bytes()), new Condition(bytes(1), bytes())), List.of())))
                .isTrue();
    }

    @Test
    void compareAndSetIncrementsFromConcurrentWritersAreNeverLost() throws Exception {
        int threads = 8;
        int incrementsPerThread = 100;
        byte[] counter = bytes(0);
        put(P, counter, ofLong(0));

        runConcurrently(threads, () -> {
            int done = 0;
            while (done < incrementsPerThread) {
                byte[] current = store.get(keyspace, P, counter);
                byte[] next = ofLong(toLong(current) + 1);
                byte[] claim = ByteBuffer.allocate(1 + Long.BYTES).put((byte) 1).put(next).array();
                if (store.apply(batch(P, List.of(new Condition(counter, current)),
                        List.of(new Mutation(counter, next), new Mutation(claim, next))))) {
                    done++;
                }
            }
            return null;
        });

        long expected = (long) threads * incrementsPerThread;
        assertThat(toLong(store.get(keyspace, P, counter))).isEqualTo(expected);
        assertThat(drain(store.range(new RangeRead(keyspace, P, Bound.inclusive(bytes(1)), null, false, Integer.MAX_VALUE))))
                .as("one claim row per successful increment")
                .hasSize((int) expected);
    }

    @Test
    void insertIfAbsentFromConcurrentWritersHasExactlyOneWinner() throws Exception {
        int threads = 8;
        List<Boolean> results = runConcurrently(threads, () -> store.apply(batch(P,
                List.of(new Condition(bytes(1), null)),
                List.of(new Mutation(bytes(1), ofLong(Thread.currentThread().getId()))))));

        assertThat(results).containsOnlyOnce(true).hasSize(threads);
    }
}
