package dev.cairn.core.transaction;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.table.Catalog;
import dev.cairn.core.table.StorageKey;
import dev.cairn.core.table.Subspaces;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.core.write.ItemStore;
import dev.cairn.core.write.StoredItem;
import dev.cairn.core.write.StoredItemCodec;
import dev.cairn.spi.storage.Store;
import java.util.Map;

/**
 * Finishes, when the engine starts, every transaction of core's own protocol that a previous run
 * left behind: a COMMITTED one is rolled forward (each item it still locks gets its result, and the
 * request token is marked done), a PREPARING one is aborted (its record removed first, then its
 * locks released), so no transaction is ever left half applied. Every step is a compare-and-set on
 * what was read, so recovery is safe to run while other writers meet the same locks.
 */
final class TransactionRecovery {

    private final Store store;
    private final Catalog catalog;
    private final ItemStore items;
    private final TransactionLog log;

    TransactionRecovery(Store store, Catalog catalog, ItemStore items, TransactionLog log) {
        this.store = store;
        this.catalog = catalog;
        this.items = items;
        this.log = log;
    }

    /** Returns how many transactions were finished. */
    int run() {
        int finished = 0;
        for (TransactionLog.Stored stored : log.all()) {
            TransactionRecord record = stored.record();
            boolean committed = record.state() == TransactionRecord.State.COMMITTED;
            if (committed && record.tokenPartition() != null) {
                RequestTokens.markDone(store, record.tokenPartition(), record.tokenDone());
            }
            if (!committed && !log.remove(stored)) {
                continue;
            }
            for (TransactionRecord.RecordedWrite write : record.writes()) {
                release(record.id(), write, committed);
            }
            if (committed) {
                log.remove(stored);
            }
            finished++;
        }
        return finished;
    }

    private void release(String transactionId, TransactionRecord.RecordedWrite write, boolean rollForward) {
        TableMetadata table = catalog.find(write.tableName());
        if (table == null || !table.id().equals(write.tableId())) {
            return;
        }
        StorageKey key = write.key();
        byte[] bytes = store.get(Subspaces.tableKeyspace(table.id()), key.partition(), key.clustering());
        StoredItem stored = bytes == null ? null : StoredItemCodec.decode(bytes);
        if (stored == null || !transactionId.equals(stored.lockingTransaction())) {
            return;
        }
        Map<String, AttributeValue> after = rollForward ? write.result(stored.item()) : stored.item();
        items.settleLock(table, key, bytes, stored.item(), after);
    }
}
