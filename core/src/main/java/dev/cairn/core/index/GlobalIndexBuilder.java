package dev.cairn.core.index;

import dev.cairn.core.table.Catalog;
import dev.cairn.core.table.GlobalIndexLifecycle;
import dev.cairn.core.table.IndexMetadata;
import dev.cairn.core.table.Subspaces;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.core.write.TableGates;
import dev.cairn.spi.storage.Store;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * Adds and removes global indexes while their table takes writes, as DynamoDB's online index
 * creation does. The metadata switch happens with the table's gate held exclusively, so every write
 * after it maintains the new index; a background {@link GlobalIndexBackfill} then adds the entries
 * of the items written before, and the index becomes ACTIVE.
 */
public final class GlobalIndexBuilder implements GlobalIndexLifecycle, AutoCloseable {

    private final Store store;
    private final Catalog catalog;
    private final TableGates gates;
    private final GlobalIndexOutbox outbox;
    private final ExecutorService backfills = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "cairn-gsi-backfill");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param outbox the outbox that carries index changes, or null on stores with multi-partition transactions
     */
    public GlobalIndexBuilder(Store store, Catalog catalog, TableGates gates, GlobalIndexOutbox outbox) {
        this.store = store;
        this.catalog = catalog;
        this.gates = gates;
        this.outbox = outbox;
    }

    @Override
    public <T> T withWritesPaused(String tableName, Supplier<T> change) {
        Lock gate = gates.of(tableName).writeLock();
        gate.lock();
        try {
            return change.get();
        } finally {
            gate.unlock();
        }
    }

    @Override
    public void startBackfill(String tableName, String indexName) {
        backfills.execute(new GlobalIndexBackfill(store, catalog, outbox, tableName, indexName));
    }

    @Override
    public void dropEntries(TableMetadata table, IndexMetadata index) {
        store.dropKeyspace(Subspaces.globalIndexKeyspace(table.id(), index.number()));
    }

    @Override
    public void close() {
        backfills.shutdownNow();
        try {
            backfills.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
