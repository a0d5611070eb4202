package dev.cairn.spi.storage;

/**
 * What a store can do natively, declared once so core chooses its path without {@code instanceof}
 * checks (after JanusGraph's {@code StoreFeatures}).
 *
 * @param multiPartitionTransactions {@link Store#transact} gives serializable transactions across
 *     keyspaces and partitions; when false, {@code transact} throws {@link UnsupportedOperationException}
 *     and core uses its own protocols over the single-partition primitives
 * @param persistent data survives closing and reopening the store
 * @param nonBlockingReads reads made inside {@link NonBlockingReads#attempt} never wait: they answer
 *     from memory or throw {@link WouldBlockException}; when false, core never asks for them
 * @param nonBlockingWrites {@link Store#apply} called inside {@link NonBlockingReads#attempt} (with
 *     {@link DeferredDurability} requested) never waits either: where it would wait for a row lock,
 *     a write stall or a sync it throws {@link WouldBlockException}, having changed nothing; when
 *     false, core never asks for it
 */
public record StoreFeatures(boolean multiPartitionTransactions, boolean persistent, boolean nonBlockingReads,
        boolean nonBlockingWrites) {

    /** Features of a store whose reads and writes may always block. */
    public StoreFeatures(boolean multiPartitionTransactions, boolean persistent) {
        this(multiPartitionTransactions, persistent, false, false);
    }

    /** Features of a store whose writes may always block. */
    public StoreFeatures(boolean multiPartitionTransactions, boolean persistent, boolean nonBlockingReads) {
        this(multiPartitionTransactions, persistent, nonBlockingReads, false);
    }

    /** The same features with multi-partition transactions switched on or off. */
    public StoreFeatures withMultiPartitionTransactions(boolean enabled) {
        return new StoreFeatures(enabled, persistent, nonBlockingReads, nonBlockingWrites);
    }
}
