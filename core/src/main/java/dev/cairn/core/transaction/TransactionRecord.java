package dev.cairn.core.transaction;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.table.StorageKey;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The durable record of one transaction of core's own protocol (after the ATC'23 design's
 * transaction ledger): its state and everything needed to finish it without its coordinator. While
 * it is PREPARING the transaction may still be abandoned; the compare-and-set to COMMITTED is the
 * commit point, after which anyone who meets one of its locks rolls that item forward.
 *
 * @param startedMillis when the coordinator wrote the record; a PREPARING record older than the
 *     protocol's timeout belongs to a coordinator presumed dead
 * @param tokenPartition the ClientRequestToken's row, or null when the request had none
 * @param tokenDone the bytes that mark the token done, written once the transaction committed
 */
record TransactionRecord(String id, State state, long startedMillis, List<RecordedWrite> writes,
        byte[] tokenPartition, byte[] tokenDone) {

    enum State { PREPARING, COMMITTED }

    TransactionRecord committed() {
        return new TransactionRecord(id, State.COMMITTED, startedMillis, writes, tokenPartition, tokenDone);
    }

    /** The write this transaction makes to an item, or null when it does not touch it. */
    RecordedWrite writeTo(String tableId, StorageKey key) {
        for (RecordedWrite write : writes) {
            if (write.tableId().equals(tableId) && Arrays.equals(write.partition(), key.partition())
                    && Arrays.equals(write.clustering(), key.clustering())) {
                return write;
            }
        }
        return null;
    }

    /**
     * One item of the transaction.
     *
     * @param changes false for a condition check, which leaves the item as it was
     * @param after the item once the transaction is applied, or null when it deletes it
     */
    record RecordedWrite(String tableName, String tableId, byte[] partition, byte[] clustering, boolean changes,
            Map<String, AttributeValue> after) {

        StorageKey key() {
            return new StorageKey(partition, clustering, null);
        }

        /** The item after the transaction, given the item it holds locked. */
        Map<String, AttributeValue> result(Map<String, AttributeValue> before) {
            return changes ? after : before;
        }
    }
}
