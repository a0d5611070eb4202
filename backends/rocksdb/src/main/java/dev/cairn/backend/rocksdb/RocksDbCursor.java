package dev.cairn.backend.rocksdb;

import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.kv.KeyLayout;
import dev.cairn.spi.storage.kv.KeyRange;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Set;
import dev.cairn.spi.storage.NonBlockingReads;
import dev.cairn.spi.storage.StorageException;
import dev.cairn.spi.storage.WouldBlockException;
import org.rocksdb.ReadOptions;
import org.rocksdb.ReadTier;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;

/**
 * Rows of one key range from a RocksDB iterator, forward or reverse, up to a limit.
 *
 * <p>The iterator, its read options and bound slices are native: they are freed when the cursor is
 * closed, when it runs out, or when the store closes first (the store keeps every open cursor in
 * {@code registry}). Iterate bounds let RocksDB stop at the range's ends; each key is also checked
 * against the range, since an iterator over a transaction's own writes may not apply the bounds.
 *
 * <p>A cursor opened while {@link NonBlockingReads} are requested reads the block cache and
 * memtables only, and throws {@link WouldBlockException} where it would have read a file.
 *
 * <p>When the store reopens its database after a failed write, open cursors are
 * {@link #invalidate invalidated}: their next call fails, retryably, rather than end early.
 */
final class RocksDbCursor implements RowCursor {

    /** Gives the value to return for a key the iterator reached, or null to skip that key. */
    @FunctionalInterface
    interface ValueReader {
        byte[] read(byte[] key, byte[] iteratorValue) throws RocksDBException;
    }

    /** Opens an iterator over the given read options. */
    @FunctionalInterface
    interface IteratorSource {
        RocksIterator open(ReadOptions options);
    }

    private final KeyRange range;
    private final boolean reverse;
    private final ValueReader reader;
    private final OpenGuard guard;
    private final Set<RocksDbCursor> registry;
    private final Slice lowerBound;
    private final Slice upperBound;
    private final ReadOptions readOptions;
    private final RocksIterator iterator;
    private int remaining;
    private boolean positioned;
    private boolean closed;
    private boolean invalidated;
    private Row next;

    RocksDbCursor(IteratorSource source, KeyRange range, boolean reverse, int limit, ValueReader reader,
            OpenGuard guard, Set<RocksDbCursor> registry) {
        this.range = range;
        this.reverse = reverse;
        this.remaining = limit;
        this.reader = reader;
        this.guard = guard;
        this.registry = registry;
        this.lowerBound = new Slice(range.start());
        this.upperBound = new Slice(range.end());
        this.readOptions = new ReadOptions().setIterateLowerBound(lowerBound).setIterateUpperBound(upperBound);
        if (NonBlockingReads.requested()) {
            readOptions.setReadTier(ReadTier.BLOCK_CACHE_TIER);
        }
        this.iterator = source.open(readOptions);
        registry.add(this);
    }

    /** A cursor over no rows. */
    static RowCursor empty() {
        return new RowCursor() {
            @Override
            public boolean hasNext() {
                return false;
            }

            @Override
            public Row next() {
                throw new NoSuchElementException();
            }

            @Override
            public void close() {}
        };
    }

    @Override
    public boolean hasNext() {
        // The guard before the monitor, in the same order as the store's close, so the two never deadlock.
        guard.enter();
        try {
            synchronized (this) {
                if (invalidated) {
                    throw StorageException.temporary("the RocksDB store was reopened after a failed write"
                            + " while this read was open; read again", null);
                }
                if (next == null && !closed && remaining > 0) {
                    next = advance();
                }
                if (next == null) {
                    close();
                }
                return next != null;
            }
        } catch (RocksDBException e) {
            if (RocksDbErrors.isCacheMiss(e)) {
                close();
                throw WouldBlockException.instance();
            }
            throw RocksDbErrors.wrap("iteration", e);
        } finally {
            guard.exit();
        }
    }

    @Override
    public Row next() {
        guard.enter();
        try {
            synchronized (this) {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = next;
                next = null;
                remaining--;
                return row;
            }
        } finally {
            guard.exit();
        }
    }

    /** Frees the iterator of a database being reopened; later calls fail instead of ending. */
    synchronized void invalidate() {
        if (!closed) {
            invalidated = true;
            close();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        registry.remove(this);
        iterator.close();
        readOptions.close();
        lowerBound.close();
        upperBound.close();
    }

    private Row advance() throws RocksDBException {
        if (positioned) {
            step();
        } else {
            positioned = true;
            if (reverse) {
                iterator.seekForPrev(range.end());
            } else {
                iterator.seek(range.start());
            }
        }
        for (; iterator.isValid(); step()) {
            byte[] key = iterator.key();
            if (reverse && Arrays.compareUnsigned(key, range.end()) >= 0) {
                continue;
            }
            if (!range.contains(key)) {
                return null;
            }
            byte[] value = reader.read(key, iterator.value());
            if (value != null) {
                return KeyLayout.row(key, value);
            }
        }
        iterator.status();
        return null;
    }

    private void step() {
        if (reverse) {
            iterator.prev();
        } else {
            iterator.next();
        }
    }
}
