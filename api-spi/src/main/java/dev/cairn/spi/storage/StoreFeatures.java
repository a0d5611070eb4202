package dev.cairn.spi.storage;

/**
 * What a store can do natively, declared once so core chooses its path without {@code instanceof}
 * checks (after JanusGraph's {@code StoreFeatures}).
 *
 * @param multiPartitionTransactions {@link Store#transact} gives serializable transactions across
 *     keyspaces and partitions; when false, {@code transact} throws {@link UnsupportedOperationException}
 *     and core uses its own protocols over the single-partition primitives
 * @param persistent data survives closing and reopening the store
 */
public record StoreFeatures(boolean multiPartitionTransactions, boolean persistent) {

    /** The same features with multi-partition transactions switched on or off. */
    public StoreFeatures withMultiPartitionTransactions(boolean enabled) {
        return new StoreFeatures(enabled, persistent);
    }
}
