package dev.cairn.tck.storage;

import static dev.cairn.tck.storage.Rows.bytes;
import static dev.cairn.tck.storage.Rows.drain;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.spi.storage.PartitionBatch.Condition;
import dev.cairn.spi.storage.PartitionBatch.Mutation;
import dev.cairn.spi.storage.RangeRead;
import dev.cairn.spi.storage.ScanRead;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The contract's one-megabyte values through every read, and dropping keyspaces. */
abstract class KeyspaceAndLargeValueContract extends TransactionContract {

    @Test
    void oneMegabyteValuesRoundTripThroughEveryRead() {
        byte[] large = new byte[1 << 20];
        new Random(1).nextBytes(large);
        put(P, bytes(1), large);

        assertThat(store.get(keyspace, P, bytes(1))).isEqualTo(large);
        assertThat(drain(store.range(RangeRead.all(keyspace, P))).get(0).value()).isEqualTo(large);
        assertThat(drain(store.scan(ScanRead.all(keyspace))).get(0).value()).isEqualTo(large);
        assertThat(store.apply(batch(P, List.of(new Condition(bytes(1), large)), List.of(new Mutation(bytes(2), large)))))
                .isTrue();
        if (store.features().multiPartitionTransactions()) {
            assertThat(store.<byte[]>transact(tx -> tx.get(keyspace, P, bytes(2)))).isEqualTo(large);
        }
    }

    @Test
    void dropKeyspaceRemovesOnlyThatKeyspace() {
        String sibling = keyspace + "x";
        String prefix = keyspace.substring(0, keyspace.length() - 1);
        for (String ks : List.of(keyspace, sibling, prefix)) {
            store.apply(batch(ks, P, List.of(), List.of(new Mutation(bytes(1), bytes(1)), new Mutation(bytes(0xFF), bytes(2)))));
            store.apply(batch(ks, bytes(0xFF, 0xFF), List.of(), List.of(new Mutation(bytes(0xFF), bytes(3)))));
        }

        store.dropKeyspace(keyspace);

        assertThat(drain(store.scan(ScanRead.all(keyspace)))).isEmpty();
        assertThat(store.get(keyspace, P, bytes(1))).isNull();
        assertThat(drain(store.range(RangeRead.all(keyspace, bytes(0xFF, 0xFF))))).isEmpty();
        assertThat(drain(store.scan(ScanRead.all(sibling)))).hasSize(3);
        assertThat(drain(store.scan(ScanRead.all(prefix)))).hasSize(3);
        put(P, bytes(1), bytes(4));
        assertThat(store.get(keyspace, P, bytes(1))).containsExactly(4);
    }

    @Test
    void droppingAnUnknownKeyspaceIsHarmless() {
        put(P, bytes(1), bytes(1));

        store.dropKeyspace(uniqueKeyspace());

        assertThat(store.get(keyspace, P, bytes(1))).containsExactly(1);
    }
}
