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
 * keeps current, since one engine owns its store. A table's tags live in a second row of the same
 * catalog partition ({@link #TAGS}), so they are created and dropped atomically with the table
 * while the metadata row keeps its format; tags are read rarely and are not cached.
 */
public final class Catalog {

    private static final byte[] ROW = new byte[0];
    /** Clustering key of a table's tag row; absent when the table has no tags. */
    private static final byte[] TAGS = {0x01};

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
        return create(table, null);
    }

    /** Adds a table with its tag row ({@code tags} null for none); false when one of that name exists already. */
    public boolean create(TableMetadata table, byte[] tags) {
        synchronized (changes) {
            List<PartitionBatch.Mutation> rows = tags == null
                    ? List.of(new PartitionBatch.Mutation(ROW, TableMetadataCodec.encode(table)))
                    : List.of(new PartitionBatch.Mutation(ROW, TableMetadataCodec.encode(table)),
                            new PartitionBatch.Mutation(TAGS, tags));
            boolean created = store.apply(new PartitionBatch(Subspaces.CATALOG, partition(table.name()),
                    List.of(new PartitionBatch.Condition(ROW, null)), rows));
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
                    List.of(new PartitionBatch.Mutation(ROW, null), new PartitionBatch.Mutation(TAGS, null))));
            cache.remove(expected.name());
            return removed;
        }
    }

    /** The bytes of a table's tag row, null when it has no tags. */
    public byte[] tags(String tableName) {
        return store.get(Subspaces.CATALOG, partition(tableName), TAGS);
    }

    /**
     * Replaces a table's tag row ({@code updated} null removes it) if the table is still
     * {@code table} and its tags still {@code expected}; false when either changed meanwhile.
     */
    public boolean replaceTags(TableMetadata table, byte[] expected, byte[] updated) {
        synchronized (changes) {
            return store.apply(new PartitionBatch(Subspaces.CATALOG, partition(table.name()),
                    List.of(new PartitionBatch.Condition(ROW, TableMetadataCodec.encode(table)),
                            new PartitionBatch.Condition(TAGS, expected)),
                    List.of(new PartitionBatch.Mutation(TAGS, updated))));
        }
    }

    /** Every table, in no particular order. */
    public List<TableMetadata> all() {
        List<TableMetadata> tables = new ArrayList<>();
        try (RowCursor rows = store.scan(ScanRead.all(Subspaces.CATALOG))) {
            while (rows.hasNext()) {
                Row row = rows.next();
                if (row.clustering().length == 0) {
                    tables.add(TableMetadataCodec.decode(row.value()));
                }
            }
        }
        return tables;
    }

    private static byte[] partition(String tableName) {
        return tableName.getBytes(StandardCharsets.UTF_8);
    }
}
