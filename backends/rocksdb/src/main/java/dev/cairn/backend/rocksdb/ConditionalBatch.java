package dev.cairn.backend.rocksdb;

import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.UnsignedBytes;
import dev.cairn.spi.storage.kv.KeyLayout;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.Transaction;

/**
 * Applies one {@link PartitionBatch} inside a short pessimistic transaction, which makes the batch
 * linearizable: each row is locked before its condition is read, so no other batch or transaction
 * can change it between the check and the commit.
 *
 * <p>Rows are locked in key order, so two batches never deadlock with each other. The mutations are
 * first reduced to the last one per row (mutations of different rows commute), which lets the
 * writes be issued in that same key order.
 */
final class ConditionalBatch {

    /** Two conditions demanding different values of one row can never both hold. */
    private static final byte[] IMPOSSIBLE = new byte[0];

    private final Map<byte[], byte[]> expected = new TreeMap<>(UnsignedBytes.ORDER);
    private final Map<byte[], byte[]> finalValues = new TreeMap<>(UnsignedBytes.ORDER);
    private final TreeSet<byte[]> rows = new TreeSet<>(UnsignedBytes.ORDER);

    ConditionalBatch(PartitionBatch batch) {
        for (PartitionBatch.Condition condition : batch.conditions()) {
            byte[] key = KeyLayout.rowKey(batch.keyspace(), batch.partition(), condition.clustering());
            if (!expected.containsKey(key)) {
                expected.put(key, condition.expectedValue());
            } else if (!Arrays.equals(expected.get(key), condition.expectedValue())) {
                expected.put(key, IMPOSSIBLE);
            }
        }
        for (PartitionBatch.Mutation mutation : batch.mutations()) {
            finalValues.put(KeyLayout.rowKey(batch.keyspace(), batch.partition(), mutation.clustering()), mutation.value());
        }
        rows.addAll(expected.keySet());
        rows.addAll(finalValues.keySet());
    }

    /**
     * Locks, checks and writes inside {@code transaction}; the caller commits when this returns
     * true and rolls back otherwise.
     */
    boolean writeTo(Transaction transaction, ReadOptions readOptions) throws RocksDBException {
        for (byte[] key : rows) {
            if (expected.containsKey(key)) {
                byte[] wanted = expected.get(key);
                byte[] current = transaction.getForUpdate(readOptions, key, true);
                if (wanted == IMPOSSIBLE || !Arrays.equals(current, wanted)) {
                    return false;
                }
            }
            if (finalValues.containsKey(key)) {
                byte[] value = finalValues.get(key);
                if (value == null) {
                    transaction.delete(key);
                } else {
                    transaction.put(key, value);
                }
            }
        }
        return true;
    }
}
