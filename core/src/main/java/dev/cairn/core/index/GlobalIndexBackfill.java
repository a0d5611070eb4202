package dev.cairn.core.index;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.table.Catalog;
import dev.cairn.core.table.IndexMetadata;
import dev.cairn.core.table.Subspaces;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.core.write.StoredItemCodec;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.RowKey;
import dev.cairn.spi.storage.ScanRead;
import dev.cairn.spi.storage.StorageException;
import dev.cairn.spi.storage.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a new global index with the entries of the items its table held before the index existed.
 * It starts after the metadata switch, so writes already maintain the index; each entry it adds must
 * therefore never overwrite a newer write's entry:
 * <ul>
 *   <li>with multi-partition transactions, each batch of items is read and its entries written in
 *       one serializable transaction, ordered with every concurrent write;
 *   <li>without, each entry goes through the item's outbox, added by a batch conditioned on the
 *       item's bytes still being those read (see {@link GlobalIndexOutbox#backfillRow}).
 * </ul>
 * Writing an entry twice does no harm, so an interrupted backfill simply starts again. The index
 * becomes ACTIVE at the end; the backfill stops if the index or its table goes away meanwhile.
 */
final class GlobalIndexBackfill implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(GlobalIndexBackfill.class);
    private static final int PAGE_ROWS = 512;
    private static final int MAX_ATTEMPTS = 10_000;

    private final Store store;
    private final Catalog catalog;
    private final GlobalIndexOutbox outbox;
    private final String tableName;
    private final String indexName;

    GlobalIndexBackfill(Store store, Catalog catalog, GlobalIndexOutbox outbox, String tableName, String indexName) {
        this.store = store;
        this.catalog = catalog;
        this.outbox = outbox;
        this.tableName = tableName;
        this.indexName = indexName;
    }

    @Override
    public void run() {
        TableMetadata table = catalog.find(tableName);
        IndexMetadata index = table == null ? null : table.index(indexName);
        if (index == null || !IndexMetadata.CREATING.equals(index.status())) {
            return;
        }
        long started = System.nanoTime();
        try {
            long items = fill(table, index);
            if (items < 0 && !Thread.currentThread().isInterrupted()) {
                // Deleted meanwhile: the last page may have landed after the keyspace was dropped.
                store.dropKeyspace(Subspaces.globalIndexKeyspace(table.id(), index.number()));
            } else if (items >= 0 && activate(table, index)) {
                LOG.info("Backfilled global index {} of table {}: {} items in {} ms", indexName, tableName, items,
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            if (!Thread.currentThread().isInterrupted()) {
                LOG.error("Backfill of global index {} of table {} failed; it restarts with the engine", indexName,
                        tableName, e);
            }
        }
    }

    /** Adds every existing item's entry; the number of items read, or -1 when the index went away. */
    private long fill(TableMetadata table, IndexMetadata index) {
        String keyspace = Subspaces.tableKeyspace(table.id());
        RowKey resumeAfter = null;
        long items = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted() || !stillCreating(table, index)) {
                return -1;
            }
            List<Row> page = new ArrayList<>(PAGE_ROWS);
            try (RowCursor rows = store.scan(new ScanRead(keyspace, 0, 1, resumeAfter, PAGE_ROWS))) {
                rows.forEachRemaining(page::add);
            }
            if (page.isEmpty()) {
                return items;
            }
            Row last = page.get(page.size() - 1);
            resumeAfter = new RowKey(last.partition(), last.clustering());
            List<Row> baseItems = new ArrayList<>(page.size());
            for (Row row : page) {
                if (row.clustering().length > 0 && row.clustering()[0] == Subspaces.ITEM) {
                    baseItems.add(row);
                }
            }
            if (outbox == null) {
                fillInTransaction(table, index, keyspace, baseItems);
            } else {
                for (Row row : baseItems) {
                    fillThroughOutbox(table, index, keyspace, row);
                }
            }
            items += baseItems.size();
        }
    }

    private void fillInTransaction(TableMetadata table, IndexMetadata index, String keyspace, List<Row> rows) {
        for (int attempt = 0; ; attempt++) {
            try {
                store.transact(transaction -> {
                    for (Row row : rows) {
                        Map<String, AttributeValue> item = StoredItemCodec.item(
                                transaction.get(keyspace, row.partition(), row.clustering()));
                        for (IndexRowChange change : IndexMaintainer.globalChanges(table, index, null, item)) {
                            transaction.put(change.keyspace(), change.partition(), change.clustering(), change.value());
                        }
                    }
                    return null;
                });
                return;
            } catch (StorageException e) {
                if (!e.retryable() || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void fillThroughOutbox(TableMetadata table, IndexMetadata index, String keyspace, Row row) {
        byte[] bytes = row.value();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (bytes == null) {
                return;
            }
            List<IndexRowChange> changes = IndexMaintainer.globalChanges(table, index, null,
                    StoredItemCodec.item(bytes));
            if (changes.isEmpty()) {
                return;
            }
            boolean applied = store.apply(new PartitionBatch(keyspace, row.partition(),
                    List.of(new PartitionBatch.Condition(row.clustering(), bytes)),
                    List.of(outbox.backfillRow(changes))));
            if (applied) {
                outbox.schedule(keyspace, row.partition());
                return;
            }
            bytes = store.get(keyspace, row.partition(), row.clustering());
        }
        throw StorageException.temporary("Item kept changing under " + MAX_ATTEMPTS + " attempts to index it", null);
    }

    private boolean stillCreating(TableMetadata table, IndexMetadata index) {
        TableMetadata current = catalog.find(tableName);
        IndexMetadata now = current == null || !current.id().equals(table.id()) ? null : current.index(indexName);
        return now != null && now.number() == index.number() && IndexMetadata.CREATING.equals(now.status());
    }

    private boolean activate(TableMetadata table, IndexMetadata index) {
        while (stillCreating(table, index)) {
            TableMetadata current = catalog.find(tableName);
            if (catalog.replace(current, current.withIndex(current.index(indexName).withStatus(IndexMetadata.ACTIVE)))) {
                return true;
            }
        }
        return false;
    }
}
