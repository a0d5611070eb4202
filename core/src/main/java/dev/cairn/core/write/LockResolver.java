package dev.cairn.core.write;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.table.StorageKey;
import dev.cairn.core.table.TableMetadata;
import java.util.Map;

/**
 * What reads and single-item writes do when they meet a row locked by one of core's own
 * transactions (stores without multi-partition transactions). The transaction protocol provides the
 * real implementation; without it, a lock is never written.
 */
public interface LockResolver {

    /** The item a reader sees on a locked row: the transaction's result once it committed, else the item as it was. */
    Map<String, AttributeValue> visibleItem(TableMetadata table, StorageKey key, StoredItem stored);

    /**
     * Called when a write meets a locked row: either settles the lock (a decided or abandoned
     * transaction) and returns so the write reads the row again, or throws DynamoDB's
     * TransactionConflictException because a transaction is in progress on the item.
     */
    void onLockedWrite(TableMetadata table, StorageKey key, StoredItem stored);

    /** Sees the item as it was before the lock and refuses writes while it stands. */
    LockResolver CONFLICT = new LockResolver() {
        @Override
        public Map<String, AttributeValue> visibleItem(TableMetadata table, StorageKey key, StoredItem stored) {
            return stored.item();
        }

        @Override
        public void onLockedWrite(TableMetadata table, StorageKey key, StoredItem stored) {
            throw ApiException.of(ErrorCode.TRANSACTION_CONFLICT, "Transaction is ongoing for the item");
        }
    };
}
