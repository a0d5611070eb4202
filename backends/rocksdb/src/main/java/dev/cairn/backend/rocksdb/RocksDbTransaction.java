package dev.cairn.backend.rocksdb;

import dev.cairn.spi.storage.RangeRead;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.StoreTransaction;
import dev.cairn.spi.storage.kv.KeyLayout;
import dev.cairn.spi.storage.kv.KeyRange;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.Transaction;

/**
 * A {@link StoreTransaction} over one pessimistic RocksDB transaction, serializable by strict
 * two-phase locking: every read takes the row's exclusive lock ({@code getForUpdate}), every write
 * locks its row, and all locks are held until commit or rollback. Exclusive rather than shared read
 * locks, so a read-then-write never deadlocks on a lock upgrade.
 *
 * <p>Range reads lock each row they return and read it again under the lock, but do not lock the
 * gaps between rows: a row inserted into the range by another writer after the read is not a
 * conflict (a phantom). Core's transactions read by point, which this fully serializes.
 */
final class RocksDbTransaction implements StoreTransaction {

    private final Transaction transaction;
    private final ReadOptions readOptions;
    private final OpenGuard guard;
    private final Set<RocksDbCursor> cursors = ConcurrentHashMap.newKeySet();

    RocksDbTransaction(Transaction transaction, ReadOptions readOptions, OpenGuard guard) {
        this.transaction = transaction;
        this.readOptions = readOptions;
        this.guard = guard;
    }

    @Override
    public byte[] get(String keyspace, byte[] partition, byte[] clustering) {
        return lockAndRead(KeyLayout.rowKey(keyspace, partition, clustering));
    }

    @Override
    public RowCursor range(RangeRead read) {
        KeyRange range = KeyLayout.range(read);
        if (range.isEmpty() || read.limit() == 0) {
            return RocksDbCursor.empty();
        }
        return new RocksDbCursor(transaction::getIterator, range, read.reverse(), read.limit(),
                (key, seen) -> lockAndRead(key), guard, cursors);
    }

    @Override
    public void put(String keyspace, byte[] partition, byte[] clustering, byte[] value) {
        try {
            transaction.put(KeyLayout.rowKey(keyspace, partition, clustering), value);
        } catch (RocksDBException e) {
            throw RocksDbErrors.wrap("transactional write", e);
        }
    }

    @Override
    public void delete(String keyspace, byte[] partition, byte[] clustering) {
        try {
            transaction.delete(KeyLayout.rowKey(keyspace, partition, clustering));
        } catch (RocksDBException e) {
            throw RocksDbErrors.wrap("transactional delete", e);
        }
    }

    /** Frees the iterators the body left open; they must not outlive the native transaction. */
    void closeCursors() {
        cursors.forEach(RocksDbCursor::close);
    }

    private byte[] lockAndRead(byte[] key) {
        try {
            return transaction.getForUpdate(readOptions, key, true);
        } catch (RocksDBException e) {
            throw RocksDbErrors.wrap("transactional read", e);
        }
    }
}
