package dev.cairn.core.table;

import java.util.function.Supplier;

/**
 * What UpdateTable needs from the engine to add or remove a global index while the table takes
 * writes: a pause of the table's writes around the metadata switch (so every later write maintains
 * exactly the new set of indexes), a backfill of a new index, and the removal of a dropped one's
 * entries. Implemented next to the write path, which owns the gates and the outbox.
 */
public interface GlobalIndexLifecycle {

    /** Runs {@code change} while no write to the table is in progress; writes resume after it. */
    <T> T withWritesPaused(String tableName, Supplier<T> change);

    /** Starts filling a CREATING index with the table's existing items; it becomes ACTIVE when done. */
    void startBackfill(String tableName, String indexName);

    /** Removes the entries of an index just taken out of the table's metadata. */
    void dropEntries(TableMetadata table, IndexMetadata index);
}
