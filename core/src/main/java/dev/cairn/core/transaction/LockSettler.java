package dev.cairn.core.transaction;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.table.StorageKey;
import dev.cairn.core.table.Subspaces;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.core.write.ItemStore;
import dev.cairn.core.write.LockResolver;
import dev.cairn.core.write.StoredItem;
import dev.cairn.core.write.StoredItemCodec;
import dev.cairn.spi.storage.Store;
import java.time.Clock;
import java.util.Map;

/**
 * What everyone else does on meeting an item locked by one of core's own transactions. The
 * transaction's record decides: COMMITTED means the item already is the transaction's result
 * (readers see it; writers first roll the item forward); PREPARING means the transaction may still
 * abort (readers see the item as it was; writers get TransactionConflictException, as DynamoDB
 * answers while a transaction is ongoing for the item), unless the record is older than the
 * timeout, when its coordinator is presumed dead and the transaction is aborted; no record means
 * it was abandoned before the commit point, so the lock is rolled back.
 */
final class LockSettler implements LockResolver {

    private final Store store;
    private final ItemStore items;
    private final TransactionLog log;
    private final Clock clock;
    private final long timeoutMillis;

    LockSettler(Store store, ItemStore items, TransactionLog log, Clock clock, long timeoutMillis) {
        this.store = store;
        this.items = items;
        this.log = log;
        this.clock = clock;
        this.timeoutMillis = timeoutMillis;
    }

    /** Where a locked item stands. */
    enum Standing { COMMITTED, UNDECIDED, GONE }

    /** A locked item's standing and, when committed, the item as the transaction left it. */
    record Resolution(Standing standing, Map<String, AttributeValue> item) {}

    Resolution resolve(TableMetadata table, StorageKey key, StoredItem stored) {
        TransactionLog.Stored record = log.read(stored.lockingTransaction());
        if (record == null) {
            return new Resolution(Standing.GONE, null);
        }
        if (record.record().state() == TransactionRecord.State.COMMITTED) {
            TransactionRecord.RecordedWrite write = record.record().writeTo(table.id(), key);
            return new Resolution(Standing.COMMITTED, write == null ? stored.item() : write.result(stored.item()));
        }
        return new Resolution(Standing.UNDECIDED, stored.item());
    }

    @Override
    public Map<String, AttributeValue> visibleItem(TableMetadata table, StorageKey key, StoredItem stored) {
        StoredItem current = stored;
        while (true) {
            Resolution resolution = resolve(table, key, current);
            if (resolution.standing() != Standing.GONE) {
                return resolution.item();
            }
            // The transaction finished after the row was read: the row itself says how.
            byte[] bytes = store.get(Subspaces.tableKeyspace(table.id()), key.partition(), key.clustering());
            StoredItem again = bytes == null ? null : StoredItemCodec.decode(bytes);
            if (again == null || !again.locked()) {
                return again == null ? null : again.item();
            }
            if (again.lockingTransaction().equals(current.lockingTransaction())) {
                return again.item();
            }
            current = again;
        }
    }

    @Override
    public void onLockedWrite(TableMetadata table, StorageKey key, StoredItem stored) {
        if (!settle(table, key)) {
            throw ApiException.transactionConflict(Cancellation.CONFLICT_MESSAGE);
        }
    }

    /**
     * Finishes the transaction holding an item's lock if it is decided or abandoned.
     *
     * @return true when the caller may read the item again (the lock is gone or about to be
     *     settled by the next call), false when a live transaction holds it
     */
    boolean settle(TableMetadata table, StorageKey key) {
        byte[] bytes = store.get(Subspaces.tableKeyspace(table.id()), key.partition(), key.clustering());
        StoredItem stored = bytes == null ? null : StoredItemCodec.decode(bytes);
        if (stored == null || !stored.locked()) {
            return true;
        }
        TransactionLog.Stored record = log.read(stored.lockingTransaction());
        if (record == null) {
            items.settleLock(table, key, bytes, stored.item(), stored.item());
            return true;
        }
        if (record.record().state() == TransactionRecord.State.COMMITTED) {
            TransactionRecord.RecordedWrite write = record.record().writeTo(table.id(), key);
            items.settleLock(table, key, bytes, stored.item(),
                    write == null ? stored.item() : write.result(stored.item()));
            return true;
        }
        if (clock.millis() - record.record().startedMillis() > timeoutMillis) {
            log.remove(record);
            return true;
        }
        return false;
    }
}
