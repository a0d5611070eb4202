package dev.cairn.backend.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.spi.storage.DeferredDurability;
import dev.cairn.spi.storage.NonBlockingReads;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.StoreConfig;
import dev.cairn.spi.storage.WouldBlockException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A write that must not block (NonBlockingReads with DeferredDurability), as a batch or as a
 * transaction, is applied, or refused having written nothing.
 */
class RocksDbNonBlockingWritesTest {

    private static final byte[] P = {1};
    private static final byte[] ROW = {1};

    @TempDir
    Path directory;

    private RocksDbStore store;

    @BeforeEach
    void open() {
        store = RocksDbStore.open(StoreConfig.inDirectory(directory));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theStoreSaysItsWritesCanBeNonBlocking() {
        assertThat(store.features().nonBlockingWrites()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Write.class)
    void aWriteWithNothingToWaitForIsApplied(Write write) {
        boolean applied = DeferredDurability.run(() -> NonBlockingReads.attempt(() -> write.of(store, (byte) 10)));

        assertThat(applied).isTrue();
        assertThat(store.get("ks", P, ROW)).containsExactly(10);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Write.class)
    void aWriteWhoseCommitWouldWaitForItsSyncWouldBlock(Write write) {
        assertThatThrownBy(() -> NonBlockingReads.attempt(() -> write.of(store, (byte) 10)))
                .isInstanceOf(WouldBlockException.class);
        assertThat(store.get("ks", P, ROW)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Write.class)
    void aWriteToARowLockedByAnotherTransactionWouldBlockAndWritesNothing(Write write) throws Exception {
        store.apply(put((byte) 10));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> store.transact(transaction -> {
            transaction.put("ks", P, ROW, new byte[] {20});
            locked.countDown();
            await(release);
            return null;
        }));
        holder.start();
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            assertThatThrownBy(() -> DeferredDurability.run(() -> NonBlockingReads.attempt(
                    () -> write.of(store, (byte) 30)))).isInstanceOf(WouldBlockException.class);
            // It did not wait out the 1 s lock timeout that a blocking write would have.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        } finally {
            release.countDown();
            holder.join();
        }
        assertThat(store.get("ks", P, ROW)).containsExactly(20);
    }

    /** The two ways to write: a conditional batch, or a transaction that reads the row first. */
    enum Write {
        BATCH {
            @Override
            boolean of(RocksDbStore store, byte value) {
                return store.apply(put(value));
            }
        },
        TRANSACTION {
            @Override
            boolean of(RocksDbStore store, byte value) {
                return store.transact(transaction -> {
                    transaction.get("ks", P, ROW);
                    transaction.put("ks", P, ROW, new byte[] {value});
                    return true;
                });
            }
        };

        abstract boolean of(RocksDbStore store, byte value);
    }

    private static PartitionBatch put(byte value) {
        return new PartitionBatch("ks", P, List.of(), List.of(new PartitionBatch.Mutation(ROW, new byte[] {value})));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
