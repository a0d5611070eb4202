package com.example.sortedstore;

import dev.cairn.spi.storage.Bound;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.RangeRead;
import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.RowKey;
import dev.cairn.spi.storage.ScanRead;
import dev.cairn.spi.storage.StorageException;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreFeatures;
import dev.cairn.spi.storage.StoreTransaction;
import dev.cairn.spi.storage.UnsignedBytes;
import dev.cairn.spi.storage.kv.HashSegments;
import dev.cairn.spi.storage.kv.PartitionHash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A complete Cairn storage backend in one plain class: keyspace → partition → clustering key →
 * value, in sorted maps ordered by unsigned bytes, as the SPI requires.
 *
 * <p>One lock guards everything: every read and write runs alone, so a conditional batch is
 * trivially one linearizable step, and every cursor is a snapshot copied out under the lock.
 * Multi-partition transactions are declared off ({@link StoreFeatures}), so {@link #transact}
 * refuses and Cairn's core runs its own cross-partition protocols over {@link #apply}; the
 * kit's transaction tests are then aborted with that reason, not passed.
 *
 * <p>A scan segment holds the partitions whose {@link PartitionHash} falls in the segment's share
 * of the hash space ({@link HashSegments}); inside it, rows come in partition order, then
 * clustering order, which is stable and keeps each partition's rows adjacent.
 */
public final class SortedMapStore implements Store {

    private static final StoreFeatures FEATURES = new StoreFeatures(false, false);

    private final Object lock = new Object();
    private final Map<String, NavigableMap<byte[], NavigableMap<byte[], byte[]>>> keyspaces = new HashMap<>();
    private boolean closed;

    @Override
    public StoreFeatures features() {
        return FEATURES;
    }

    @Override
    public byte[] get(String keyspace, byte[] partition, byte[] clustering) {
        synchronized (lock) {
            checkOpen();
            NavigableMap<byte[], byte[]> rows = partition(keyspace, partition);
            byte[] value = rows == null ? null : rows.get(clustering);
            return value == null ? null : value.clone();
        }
    }

    @Override
    public RowCursor range(RangeRead read) {
        synchronized (lock) {
            checkOpen();
            List<Row> found = new ArrayList<>();
            NavigableMap<byte[], byte[]> rows = partition(read.keyspace(), read.partition());
            if (rows != null) {
                NavigableMap<byte[], byte[]> ordered = read.reverse() ? rows.descendingMap() : rows;
                for (Map.Entry<byte[], byte[]> row : ordered.entrySet()) {
                    if (found.size() == read.limit()) {
                        break;
                    }
                    if (isAbove(row.getKey(), read.lower()) && isBelow(row.getKey(), read.upper())) {
                        found.add(new Row(read.partition().clone(), row.getKey().clone(), row.getValue().clone()));
                    }
                }
            }
            return new ListCursor(found);
        }
    }

    @Override
    public int segmentOf(String keyspace, byte[] partition, int totalSegments) {
        return HashSegments.segmentOf(PartitionHash.of(partition), totalSegments);
    }

    @Override
    public RowCursor scan(ScanRead read) {
        synchronized (lock) {
            checkOpen();
            List<Row> found = new ArrayList<>();
            NavigableMap<byte[], NavigableMap<byte[], byte[]>> partitions = keyspaces.get(read.keyspace());
            if (partitions == null) {
                return new ListCursor(found);
            }
            RowKey after = read.resumeAfter();
            for (Map.Entry<byte[], NavigableMap<byte[], byte[]>> partition : partitions.entrySet()) {
                byte[] key = partition.getKey();
                if (segmentOf(read.keyspace(), key, read.totalSegments()) != read.segment()) {
                    continue;
                }
                int partitionOrder = after == null ? 1 : UnsignedBytes.compare(key, after.partition());
                if (partitionOrder < 0) {
                    continue;
                }
                for (Map.Entry<byte[], byte[]> row : partition.getValue().entrySet()) {
                    if (found.size() == read.limit()) {
                        return new ListCursor(found);
                    }
                    if (partitionOrder > 0 || UnsignedBytes.compare(row.getKey(), after.clustering()) > 0) {
                        found.add(new Row(key.clone(), row.getKey().clone(), row.getValue().clone()));
                    }
                }
            }
            return new ListCursor(found);
        }
    }

    @Override
    public boolean apply(PartitionBatch batch) {
        synchronized (lock) {
            checkOpen();
            NavigableMap<byte[], byte[]> rows = partition(batch.keyspace(), batch.partition());
            for (PartitionBatch.Condition condition : batch.conditions()) {
                byte[] current = rows == null ? null : rows.get(condition.clustering());
                if (!Arrays.equals(current, condition.expectedValue())) {
                    return false;
                }
            }
            for (PartitionBatch.Mutation mutation : batch.mutations()) {
                write(batch.keyspace(), batch.partition(), mutation.clustering(), mutation.value());
            }
            return true;
        }
    }

    @Override
    public <T> T transact(Function<StoreTransaction, T> body) {
        throw new UnsupportedOperationException("the sorted-map store has no multi-partition transactions");
    }

    @Override
    public void dropKeyspace(String keyspace) {
        synchronized (lock) {
            checkOpen();
            keyspaces.remove(keyspace);
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            keyspaces.clear();
        }
    }

    /** Puts or (for a null value) deletes one row, dropping partitions and keyspaces left empty. */
    private void write(String keyspace, byte[] partition, byte[] clustering, byte[] value) {
        if (value == null) {
            NavigableMap<byte[], NavigableMap<byte[], byte[]>> partitions = keyspaces.get(keyspace);
            NavigableMap<byte[], byte[]> rows = partitions == null ? null : partitions.get(partition);
            if (rows != null) {
                rows.remove(clustering);
                if (rows.isEmpty()) {
                    partitions.remove(partition);
                }
                if (partitions.isEmpty()) {
                    keyspaces.remove(keyspace);
                }
            }
            return;
        }
        keyspaces.computeIfAbsent(keyspace, name -> new TreeMap<>(UnsignedBytes.ORDER))
                .computeIfAbsent(partition.clone(), key -> new TreeMap<>(UnsignedBytes.ORDER))
                .put(clustering.clone(), value.clone());
    }

    private NavigableMap<byte[], byte[]> partition(String keyspace, byte[] partition) {
        NavigableMap<byte[], NavigableMap<byte[], byte[]>> partitions = keyspaces.get(keyspace);
        return partitions == null ? null : partitions.get(partition);
    }

    private static boolean isAbove(byte[] key, Bound lower) {
        if (lower == null) {
            return true;
        }
        int order = UnsignedBytes.compare(key, lower.key());
        return order > 0 || order == 0 && lower.inclusive();
    }

    private static boolean isBelow(byte[] key, Bound upper) {
        if (upper == null) {
            return true;
        }
        int order = UnsignedBytes.compare(key, upper.key());
        return order < 0 || order == 0 && upper.inclusive();
    }

    private void checkOpen() {
        if (closed) {
            throw StorageException.permanent("the sorted-map store is closed", null);
        }
    }
}
