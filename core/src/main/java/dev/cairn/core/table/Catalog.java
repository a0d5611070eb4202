package dev.cairn.core.table;

import dev.cairn.spi.storage.NonBlockingReads;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.ScanRead;
import dev.cairn.spi.storage.Store;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tables of a store, kept in the store itself so they survive restarts. Every change is a
 * compare-and-set on the table's catalog row; reads are served from a cache that this catalog
 * keeps current, since one engine owns its store.
 */
public final class Catalog {

    private static final byte[] ROW = new byte[0];

    private final Store store;
    private final Map<String, TableMetadata> cache = new ConcurrentHashMap<>();
    /**
     * Held by every change and by every cache fill, so a fill that read a row before a change can
     * never put the old metadata back after it; cache hits take no lock.
     */
    private final Object changes = new Object();

    public Catalog(Store store) {
        this.store = store;
    }

    /** The table, or null when there is none of that name. */
    public TableMetadata find(String name) {
        TableMetadata cached = cache.get(name);
        if (cached != null) {
            return cached;
        }
        NonBlockingReads.checkMayBlock(); // a fill waits for table changes in flight
        synchronized (changes) {
            cached = cache.get(name);
            if (cached != null) {
                return cached;
            }
            byte[] bytes = store.get(Subspaces.CATALOG, partition(name), ROW);
            if (bytes == null) {
                return null;
            }
            TableMetadata table = TableMetadataCodec.decode(bytes);
            cache.put(name, table);
            return table;
        }
    }

    /** Adds a table; false when one of that name exists already. */
    public boolean create(TableMetadata table) {
        synchronized (changes) {
            boolean created = store.apply(new PartitionBatch(Subspaces.CATALOG, partition(table.name()),
                    List.of(new PartitionBatch.Condition(ROW, null)),
                    List.of(new PartitionBatch.Mutation(ROW, TableMetadataCodec.encode(table)))));
            if (created) {
                cache.put(table.name(), table);
            }
            return created;
        }
    }

    /** Replaces a table's entry if it is still {@code expected}; false when it changed meanwhile. */
    public boolean replace(TableMetadata expected, TableMetadata updated) {
        synchronized (changes) {
            boolean replaced = store.apply(new PartitionBatch(Subspaces.CATALOG, partition(expected.name()),
                    List.of(new PartitionBatch.Condition(ROW, TableMetadataCodec.encode(expected))),
                    List.of(new PartitionBatch.Mutation(ROW, TableMetadataCodec.encode(updated)))));
            if (replaced) {
                cache.put(expected.name(), updated);
            } else {
                cache.remove(expected.name());
            }
            return replaced;
        }
    }

    /** Removes a table's entry if it is still {@code expected}; false when it changed meanwhile. */
    public boolean remove(TableMetadata expected) {
        synchronized (changes) {
            boolean removed = store.apply(new PartitionBatch(Subspaces.CATALOG, partition(expected.name()),
                    List.of(new PartitionBatch.Condition(ROW, TableMetadataCodec.encode(expected))),
                    List.of(new PartitionBatch.Mutation(ROW, null))));
            cache.remove(expected.name());
            return removed;
        }
    }

    /** Every table, in no particular order. */
    public List<TableMetadata> all() {
        List<TableMetadata> tables = new ArrayList<>();
        try (RowCursor rows = store.scan(ScanRead.all(Subspaces.CATALOG))) {
            while (rows.hasNext()) {
                Row row = rows.next();
                tables.add(TableMetadataCodec.decode(row.value()));
            }
        }
        return tables;
    }

    private static byte[] partition(String tableName) {
        return tableName.getBytes(StandardCharsets.UTF_8);
    }
}
