package dev.cairn.tck.storage;

import static dev.cairn.tck.storage.Rows.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.PartitionBatch.Condition;
import dev.cairn.spi.storage.PartitionBatch.Mutation;
import dev.cairn.spi.storage.Store;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/**
 * What every part of the storage contract shares: a fresh store and a keyspace of its own per
 * test, and the row builders the tests write with. The top of the chain of contract classes that
 * {@link StoreContractSuite} ends; the backend's {@link #openStore()} is the one fixture method.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
abstract class StoreFixture {

    static final byte[] P = "partition".getBytes(StandardCharsets.US_ASCII);
    static final byte[] Q = "another partition".getBytes(StandardCharsets.US_ASCII);

    /** The store under test. */
    protected Store store;
    /** A keyspace no other test uses. */
    protected String keyspace;

    /** A fresh store, empty at least in the keyspaces this suite names. Closed after each test. */
    protected abstract Store openStore();

    @BeforeEach
    void openFixture() {
        store = openStore();
        keyspace = uniqueKeyspace();
    }

    @AfterEach
    void closeFixture() {
        if (store != null) {
            store.close();
        }
    }

    /** A keyspace name no other test (or earlier run against a shared store) uses. */
    protected static String uniqueKeyspace() {
        return "tck" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    void put(byte[] partition, byte[] clustering, byte[] value) {
        assertThat(store.apply(batch(partition, List.of(), List.of(new Mutation(clustering, value))))).isTrue();
    }

    void writeRows(byte[] partition, int from, int to) {
        List<Mutation> mutations = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            mutations.add(new Mutation(bytes(i), bytes(i)));
        }
        store.apply(batch(partition, List.of(), mutations));
    }

    PartitionBatch batch(byte[] partition, List<Condition> conditions, List<Mutation> mutations) {
        return batch(keyspace, partition, conditions, mutations);
    }

    static PartitionBatch batch(String ks, byte[] partition, List<Condition> conditions, List<Mutation> mutations) {
        return new PartitionBatch(ks, partition, conditions, mutations);
    }

    static <T> List<T> runConcurrently(int threads, Callable<T> task) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(executor.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(50, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }
}
