package dev.cairn.backend.memory;

import dev.cairn.spi.storage.RangeRead;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.StoreTransaction;
import dev.cairn.spi.storage.UnsignedBytes;
import dev.cairn.spi.storage.kv.KeyLayout;
import dev.cairn.spi.storage.kv.KeyRange;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * One multi-partition transaction of a {@link MemoryStore}. Its body runs while the store holds its
 * write lock, so no other write interleaves and the transaction is trivially serializable; writes go
 * to a private buffer, invisible to lock-free readers, and reach the shared map only at commit.
 */
final class MemoryTransaction implements StoreTransaction {

    /** Marks a row deleted by this transaction; compared by identity. */
    static final byte[] TOMBSTONE = new byte[0];

    private final ConcurrentSkipListMap<byte[], byte[]> committed;
    private final TreeMap<byte[], byte[]> writes = new TreeMap<>(UnsignedBytes.ORDER);
    private boolean open = true;

    MemoryTransaction(ConcurrentSkipListMap<byte[], byte[]> committed) {
        this.committed = committed;
    }

    @Override
    public byte[] get(String keyspace, byte[] partition, byte[] clustering) {
        checkOpen();
        byte[] key = KeyLayout.rowKey(keyspace, partition, clustering);
        byte[] value = writes.containsKey(key) ? writes.get(key) : committed.get(key);
        return value == null || value == TOMBSTONE ? null : value.clone();
    }

    @Override
    public RowCursor range(RangeRead read) {
        checkOpen();
        KeyRange range = KeyLayout.range(read);
        if (range.isEmpty() || read.limit() == 0) {
            return EntryCursor.empty();
        }
        NavigableMap<byte[], byte[]> base = committed.subMap(range.start(), true, range.end(), false);
        NavigableMap<byte[], byte[]> own = writes.subMap(range.start(), true, range.end(), false);
        if (read.reverse()) {
            base = base.descendingMap();
            own = own.descendingMap();
        }
        // Copied so the body may keep writing while it iterates.
        var ownSnapshot = own.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
        Comparator<byte[]> order = read.reverse() ? UnsignedBytes.ORDER.reversed() : UnsignedBytes.ORDER;
        return new EntryCursor(new OverlayIterator(base.entrySet().iterator(), ownSnapshot.iterator(), order), read.limit());
    }

    @Override
    public void put(String keyspace, byte[] partition, byte[] clustering, byte[] value) {
        checkOpen();
        writes.put(KeyLayout.rowKey(keyspace, partition, clustering), value);
    }

    @Override
    public void delete(String keyspace, byte[] partition, byte[] clustering) {
        checkOpen();
        writes.put(KeyLayout.rowKey(keyspace, partition, clustering), TOMBSTONE);
    }

    /** Publishes the buffered writes; the caller still holds the store's write lock. */
    void commit() {
        checkOpen();
        writes.forEach((key, value) -> {
            if (value == TOMBSTONE) {
                committed.remove(key);
            } else {
                committed.put(key, value);
            }
        });
        open = false;
    }

    void discard() {
        open = false;
    }

    private void checkOpen() {
        if (!open) {
            throw new IllegalStateException("the transaction has ended");
        }
    }
}
