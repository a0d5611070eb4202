package dev.cairn.core.write;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.index.GlobalIndexOutbox;
import dev.cairn.core.index.IndexMaintainer;
import dev.cairn.core.index.ItemCollections;
import dev.cairn.core.index.IndexRowChange;
import dev.cairn.core.table.Catalog;
import dev.cairn.core.table.StorageKey;
import dev.cairn.core.table.Subspaces;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.spi.storage.NonBlockingReads;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.WouldBlockException;
import dev.cairn.spi.storage.StorageException;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreTransaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;

/**
 * Reads and writes whole items of a table, keeping their secondary indexes in step, on whichever
 * path the store allows:
 * <ul>
 *   <li>store with multi-partition transactions: the item and every index entry in one store
 *       transaction, which reads the item once, under its lock (a blind overwrite of an item of a
 *       table without indexes is one unconditional batch);
 *   <li>store without: one atomic batch on the item's partition, compare-and-set on the bytes
 *       read, with the local index entries in the same batch and, for global indexes, an outbox row
 *       that {@link GlobalIndexOutbox} applies to the indexes afterwards, in order per item.
 * </ul>
 * A write runs under its table's gate, with the table's metadata as it is under the gate, so that a
 * write never misses an index created meanwhile.
 */
public final class ItemStore {

    private static final int MAX_ATTEMPTS = 10_000;

    private final Store store;
    private final Catalog catalog;
    private final TableGates gates;
    private final boolean nativeTransactions;
    private final GlobalIndexOutbox outbox;
    private volatile LockResolver lockResolver = LockResolver.CONFLICT;

    public ItemStore(Store store, Catalog catalog, TableGates gates, GlobalIndexOutbox outbox) {
        this.store = store;
        this.catalog = catalog;
        this.gates = gates;
        this.nativeTransactions = store.features().multiPartitionTransactions();
        this.outbox = outbox;
    }

    /** Installs the transaction protocol's handling of locked rows. */
    public void lockResolver(LockResolver resolver) {
        this.lockResolver = resolver;
    }

    /** The item at a key as readers see it, or null. */
    public Map<String, AttributeValue> read(TableMetadata table, StorageKey key) {
        byte[] bytes = store.get(Subspaces.tableKeyspace(table.id()), key.partition(), key.clustering());
        return bytes == null ? null : visible(table, key, bytes);
    }

    /** The item a reader sees in a stored base row's bytes, or null. */
    public Map<String, AttributeValue> visible(TableMetadata table, StorageKey key, byte[] bytes) {
        StoredItem stored = StoredItemCodec.decode(bytes);
        return stored.locked() ? lockResolver.visibleItem(table, key, stored) : stored.item();
    }

    /** Applies a mutation to one item atomically, with its index entries. */
    public WriteOutcome write(TableMetadata table, StorageKey key, ItemMutation mutation) {
        return write(table, key, mutation, null);
    }

    /**
     * Stores an item whatever is there now. When nothing needs the old item — a store with native
     * transactions (so no lock can stand on the row) and a table without indexes, as it is under
     * the gate — that is one blind write; otherwise an ordinary write. The outcome's {@code before}
     * is only known on the ordinary path.
     */
    public WriteOutcome overwrite(TableMetadata table, StorageKey key, Map<String, AttributeValue> item) {
        return write(table, key, current -> item, item);
    }

    private WriteOutcome write(TableMetadata table, StorageKey key, ItemMutation mutation,
            Map<String, AttributeValue> blindItem) {
        ReadWriteLock gate = gates.of(table.name());
        lock(gate);
        try {
            TableMetadata current = catalog.find(table.name());
            if (current == null || !current.id().equals(table.id())) {
                throw ApiException.resourceNotFound("Requested resource not found");
            }
            if (blindItem != null && nativeTransactions && current.indexes().isEmpty()) {
                store.apply(new PartitionBatch(Subspaces.tableKeyspace(current.id()), key.partition(), List.of(),
                        List.of(new PartitionBatch.Mutation(key.clustering(), StoredItemCodec.encodeItem(blindItem)))));
                return new WriteOutcome(null, blindItem);
            }
            if (nativeTransactions) {
                return writeInTransaction(current, key, mutation);
            }
            return writeInPartition(current, key, mutation);
        } finally {
            gate.readLock().unlock();
        }
    }


    /** Takes the table gate's read lock; a thread that must not block only tries it. */
    private static void lock(ReadWriteLock gate) {
        if (!NonBlockingReads.requested()) {
            gate.readLock().lock();
        } else if (!gate.readLock().tryLock()) {
            throw WouldBlockException.instance();
        }
    }

    private WriteOutcome writeInPartition(TableMetadata table, StorageKey key, ItemMutation mutation) {
        String keyspace = Subspaces.tableKeyspace(table.id());
        boolean tracked = ItemCollections.tracked(table);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            byte[] currentBytes = store.get(keyspace, key.partition(), key.clustering());
            StoredItem stored = currentBytes == null ? null : StoredItemCodec.decode(currentBytes);
            if (stored != null && stored.locked()) {
                NonBlockingReads.checkMayBlock(); // settling a transaction's lock may wait for it
                lockResolver.onLockedWrite(table, key, stored);
                continue;
            }
            byte[] sizeBytes = tracked ? store.get(keyspace, key.partition(), ItemCollections.row()) : null;
            long size = tracked ? ItemCollections.decode(sizeBytes) : -1;
            Map<String, AttributeValue> current = stored == null ? null : stored.item();
            Map<String, AttributeValue> next = mutation.apply(current);
            if (next == null && current == null) {
                return new WriteOutcome(null, null, size);
            }
            IndexMaintainer.checkIndexKeys(table, next);
            List<PartitionBatch.Condition> conditions = new ArrayList<>(2);
            conditions.add(new PartitionBatch.Condition(key.clustering(), currentBytes));
            List<PartitionBatch.Mutation> mutations = new ArrayList<>(2);
            mutations.add(new PartitionBatch.Mutation(key.clustering(),
                    next == null ? null : StoredItemCodec.encodeItem(next)));
            mutations.addAll(IndexMaintainer.localChanges(table, current, next));
            if (tracked) {
                long delta = ItemCollections.sizeOf(table, next) - ItemCollections.sizeOf(table, current);
                long newSize = ItemCollections.afterWrite(size, delta);
                if (newSize != size) {
                    conditions.add(new PartitionBatch.Condition(ItemCollections.row(), sizeBytes));
                    mutations.add(new PartitionBatch.Mutation(ItemCollections.row(), ItemCollections.encode(newSize)));
                }
                size = newSize;
            }
            List<IndexRowChange> global = IndexMaintainer.globalChanges(table, current, next);
            if (!global.isEmpty()) {
                mutations.add(outbox.outboxRow(global));
            }
            boolean applied = store.apply(new PartitionBatch(keyspace, key.partition(), conditions, mutations));
            if (applied) {
                if (!global.isEmpty()) {
                    outbox.schedule(keyspace, key.partition());
                }
                return new WriteOutcome(current, next, size);
            }
            Thread.onSpinWait();
        }
        throw StorageException.temporary("Item kept changing under " + MAX_ATTEMPTS + " attempts to write it", null);
    }

    private WriteOutcome writeInTransaction(TableMetadata table, StorageKey key, ItemMutation mutation) {
        for (int attempt = 0; ; attempt++) {
            try {
                return store.transact(transaction -> writeWithin(transaction, table, key, mutation));
            } catch (StorageException e) {
                if (!e.retryable() || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** One item write inside a store transaction, index entries included; also used by TransactWriteItems. */
    public WriteOutcome writeWithin(StoreTransaction transaction, TableMetadata table, StorageKey key,
            ItemMutation mutation) {
        String keyspace = Subspaces.tableKeyspace(table.id());
        byte[] currentBytes = transaction.get(keyspace, key.partition(), key.clustering());
        Map<String, AttributeValue> current = StoredItemCodec.item(currentBytes);
        Map<String, AttributeValue> next = mutation.apply(current);
        boolean tracked = ItemCollections.tracked(table);
        long size = tracked
                ? ItemCollections.decode(transaction.get(keyspace, key.partition(), ItemCollections.row())) : -1;
        if (next == null && current == null) {
            return new WriteOutcome(null, null, size);
        }
        IndexMaintainer.checkIndexKeys(table, next);
        if (tracked) {
            long delta = ItemCollections.sizeOf(table, next) - ItemCollections.sizeOf(table, current);
            long newSize = ItemCollections.afterWrite(size, delta);
            if (newSize != size) {
                apply(transaction, keyspace, key.partition(), ItemCollections.row(), ItemCollections.encode(newSize));
            }
            size = newSize;
        }
        if (next == null) {
            transaction.delete(keyspace, key.partition(), key.clustering());
        } else {
            transaction.put(keyspace, key.partition(), key.clustering(), StoredItemCodec.encodeItem(next));
        }
        for (PartitionBatch.Mutation local : IndexMaintainer.localChanges(table, current, next)) {
            apply(transaction, keyspace, key.partition(), local.clustering(), local.value());
        }
        for (IndexRowChange change : IndexMaintainer.globalChanges(table, current, next)) {
            apply(transaction, change.keyspace(), change.partition(), change.clustering(), change.value());
        }
        return new WriteOutcome(current, next, size);
    }

    /**
     * Settles a row locked by one of core's own transactions in one atomic batch of the item's
     * partition: the row becomes {@code after} (unlocked; null deletes it) together with the local
     * index entries and the outbox row that take the indexes from {@code before} to {@code after}.
     * Rolling back passes the same item twice. Returns false, writing nothing, when the row no
     * longer holds {@code lockedBytes} (someone else settled it).
     */
    public boolean settleLock(TableMetadata table, StorageKey key, byte[] lockedBytes,
            Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        ReadWriteLock gate = gates.of(table.name());
        gate.readLock().lock();
        try {
            TableMetadata current = catalog.find(table.name());
            TableMetadata metadata = current != null && current.id().equals(table.id()) ? current : table;
            String keyspace = Subspaces.tableKeyspace(metadata.id());
            long delta = ItemCollections.tracked(metadata)
                    ? ItemCollections.sizeOf(metadata, after) - ItemCollections.sizeOf(metadata, before) : 0;
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                List<PartitionBatch.Condition> conditions = new ArrayList<>(2);
                conditions.add(new PartitionBatch.Condition(key.clustering(), lockedBytes));
                List<PartitionBatch.Mutation> mutations = new ArrayList<>(2);
                mutations.add(new PartitionBatch.Mutation(key.clustering(),
                        after == null ? null : StoredItemCodec.encodeItem(after)));
                mutations.addAll(IndexMaintainer.localChanges(metadata, before, after));
                if (delta != 0) {
                    // The transaction already decided: the size follows without a limit check.
                    byte[] sizeBytes = store.get(keyspace, key.partition(), ItemCollections.row());
                    long size = ItemCollections.decode(sizeBytes);
                    conditions.add(new PartitionBatch.Condition(ItemCollections.row(), sizeBytes));
                    mutations.add(new PartitionBatch.Mutation(ItemCollections.row(),
                            ItemCollections.encode(Math.max(0, size + delta))));
                }
                List<IndexRowChange> global = IndexMaintainer.globalChanges(metadata, before, after);
                if (!global.isEmpty()) {
                    mutations.add(outbox.outboxRow(global));
                }
                boolean applied = store.apply(new PartitionBatch(keyspace, key.partition(), conditions, mutations));
                if (applied && !global.isEmpty()) {
                    outbox.schedule(keyspace, key.partition());
                }
                if (applied || delta == 0
                        || !Arrays.equals(store.get(keyspace, key.partition(), key.clustering()), lockedBytes)) {
                    return applied;
                }
                Thread.onSpinWait();
            }
            throw StorageException.temporary("Collection size kept changing under " + MAX_ATTEMPTS
                    + " attempts to settle a lock", null);
        } finally {
            gate.readLock().unlock();
        }
    }

    private static void apply(StoreTransaction transaction, String keyspace, byte[] partition, byte[] clustering,
            byte[] value) {
        if (value == null) {
            transaction.delete(keyspace, partition, clustering);
        } else {
            transaction.put(keyspace, partition, clustering, value);
        }
    }
}
