package dev.cairn.backend.memory;

import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.RangeRead;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.ScanRead;
import dev.cairn.spi.storage.StorageException;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreConfig;
import dev.cairn.spi.storage.StoreFeatures;
import dev.cairn.spi.storage.StoreTransaction;
import dev.cairn.spi.storage.UnsignedBytes;
import dev.cairn.spi.storage.kv.KeyLayout;
import dev.cairn.spi.storage.kv.KeyRange;
import java.util.Arrays;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The reference backend: every row in one concurrent skip list, keyed by {@link KeyLayout}.
 *
 * <p>Correctness over speed. Every write (batch, transaction, drop) runs under one global lock, so
 * conditions are checked and mutations applied as one linearizable step, and transactions are
 * serializable. Reads take no lock: a point read sees a whole row, but a range read or scan that
 * runs while a batch is being applied may see part of that batch. Cursors are weakly consistent
 * skip-list iterators, safe under concurrent writes. Since reads never wait, the store declares
 * non-blocking reads and honours them trivially.
 *
 * <p>Options: {@code memory.multiPartitionTransactions} (default {@code true}); {@code false} makes
 * the store declare no multi-partition transactions, so tests can drive core's fallback protocols.
 */
public final class MemoryStore implements Store {

    /** Switches {@link #transact} on or off; "true" or "false". */
    public static final String MULTI_PARTITION_TRANSACTIONS = "memory.multiPartitionTransactions";

    private final ConcurrentSkipListMap<byte[], byte[]> rows = new ConcurrentSkipListMap<>(UnsignedBytes.ORDER);
    private final ReentrantLock writeLock = new ReentrantLock();
    private final StoreFeatures features;
    private volatile boolean closed;

    /** An empty store configured by {@code config}'s options. */
    public MemoryStore(StoreConfig config) {
        this.features = new StoreFeatures(booleanOption(config, MULTI_PARTITION_TRANSACTIONS, true), false, true);
    }

    @Override
    public StoreFeatures features() {
        return features;
    }

    @Override
    public byte[] get(String keyspace, byte[] partition, byte[] clustering) {
        checkOpen();
        byte[] value = rows.get(KeyLayout.rowKey(keyspace, partition, clustering));
        return value == null ? null : value.clone();
    }

    @Override
    public RowCursor range(RangeRead read) {
        checkOpen();
        return cursor(KeyLayout.range(read), read.reverse(), read.limit());
    }

    @Override
    public RowCursor scan(ScanRead read) {
        checkOpen();
        return cursor(KeyLayout.scan(read), false, read.limit());
    }

    @Override
    public int segmentOf(String keyspace, byte[] partition, int totalSegments) {
        return KeyLayout.segmentOf(partition, totalSegments);
    }

    @Override
    public boolean apply(PartitionBatch batch) {
        writeLock.lock();
        try {
            checkOpen();
            for (PartitionBatch.Condition condition : batch.conditions()) {
                byte[] current = rows.get(KeyLayout.rowKey(batch.keyspace(), batch.partition(), condition.clustering()));
                if (!Arrays.equals(current, condition.expectedValue())) {
                    return false;
                }
            }
            for (PartitionBatch.Mutation mutation : batch.mutations()) {
                byte[] key = KeyLayout.rowKey(batch.keyspace(), batch.partition(), mutation.clustering());
                if (mutation.value() == null) {
                    rows.remove(key);
                } else {
                    rows.put(key, mutation.value());
                }
            }
            return true;
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public <T> T transact(Function<StoreTransaction, T> body) {
        if (!features.multiPartitionTransactions()) {
            throw new UnsupportedOperationException(
                    "multi-partition transactions are switched off (" + MULTI_PARTITION_TRANSACTIONS + "=false)");
        }
        writeLock.lock();
        try {
            checkOpen();
            MemoryTransaction transaction = new MemoryTransaction(rows);
            try {
                T result = body.apply(transaction);
                transaction.commit();
                return result;
            } finally {
                transaction.discard();
            }
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void dropKeyspace(String keyspace) {
        writeLock.lock();
        try {
            checkOpen();
            KeyRange range = KeyLayout.keyspace(keyspace);
            rows.subMap(range.start(), true, range.end(), false).clear();
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            closed = true;
            rows.clear();
        } finally {
            writeLock.unlock();
        }
    }

    private RowCursor cursor(KeyRange range, boolean reverse, int limit) {
        if (range.isEmpty() || limit == 0) {
            return EntryCursor.empty();
        }
        NavigableMap<byte[], byte[]> slice = rows.subMap(range.start(), true, range.end(), false);
        return new EntryCursor((reverse ? slice.descendingMap() : slice).entrySet().iterator(), limit);
    }

    private void checkOpen() {
        if (closed) {
            throw StorageException.permanent("the memory store is closed", null);
        }
    }

    private static boolean booleanOption(StoreConfig config, String name, boolean defaultValue) {
        String value = config.option(name, Boolean.toString(defaultValue)).trim();
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw StorageException.permanent(name + " must be true or false, not \"" + value + "\"", null);
    }
}
