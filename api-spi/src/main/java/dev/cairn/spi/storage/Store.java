package dev.cairn.spi.storage;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * A backend's view of storage: keyspaces of partitions of rows ordered by clustering key.
 *
 * <p>Keys compare as unsigned bytes, lexicographically; a shorter key that is a prefix of a longer
 * one sorts first. Keyspace names are short ASCII strings chosen by core. Byte arrays passed in are
 * never modified by the store and must not be modified by the caller afterwards; arrays returned
 * belong to the caller.
 *
 * <p>All methods are thread-safe. Failures are reported as {@link StorageException}, which says
 * whether retrying can help. A write that throws — a StorageException, or an {@link Error} on the
 * way in or out — may or may not have taken effect (a store may fail after its write is applied,
 * as on a timeout), except where its contract says nothing was written (a transaction conflict);
 * callers that must know read the rows again, or write them again idempotently.
 */
public interface Store extends AutoCloseable {

    /** The capabilities of this store; the same object for the store's whole life. */
    StoreFeatures features();

    /**
     * Reads one row.
     *
     * @return the row's value, or null when the row does not exist
     */
    byte[] get(String keyspace, byte[] partition, byte[] clustering);

    /**
     * Reads rows of one partition in clustering-key order (descending when
     * {@link RangeRead#reverse()}), between the read's bounds, at most {@link RangeRead#limit()}
     * rows. To resume after the last row returned, read again with that row's clustering key as an
     * exclusive bound. The cursor must be closed.
     */
    RowCursor range(RangeRead read);

    /**
     * Reads one segment of a whole keyspace. The segments {@code 0 .. totalSegments-1} of one
     * keyspace are disjoint and together hold every row exactly once; a partition lies wholly in one
     * segment. Inside a segment rows come in a stable order in which all rows of a partition are
     * adjacent and in clustering-key order, so that {@link ScanRead#resumeAfter()} continues exactly
     * after a row that was returned. The cursor must be closed.
     */
    RowCursor scan(ScanRead read);

    /**
     * The segment, of {@code totalSegments}, whose {@link #scan} returns the rows of
     * {@code partition}, whether or not the partition holds any. Core uses it to refuse a resume
     * point that lies outside the segment a Scan asks for, as DynamoDB refuses it. Stores that lay
     * partitions out with {@link dev.cairn.spi.storage.kv.KeyLayout} answer
     * {@link dev.cairn.spi.storage.kv.KeyLayout#segmentOf}.
     *
     * @param totalSegments at least 1
     * @return a segment from 0 to {@code totalSegments - 1}
     */
    int segmentOf(String keyspace, byte[] partition, int totalSegments);

    /**
     * Applies a batch of mutations to one partition atomically: if every condition holds on the
     * current rows, all mutations are applied and the method returns true; otherwise nothing is
     * written and it returns false. Conditions and mutations are checked and applied as one
     * linearizable step with respect to every other write to the partition.
     */
    boolean apply(PartitionBatch batch);

    /**
     * Runs {@code body} as one serializable transaction over any keyspaces and partitions, and
     * commits it when the body returns normally. Reads inside the body see the transaction's own
     * writes. If the transaction conflicts with another, a retryable {@link StorageException} is
     * thrown and nothing is written; the body may be run again by the caller.
     *
     * @throws UnsupportedOperationException when {@link StoreFeatures#multiPartitionTransactions()} is false
     */
    <T> T transact(Function<StoreTransaction, T> body);

    /**
     * Completes once every write this store has returned from so far is durable, including those
     * returned early inside {@link DeferredDurability#run}; completes exceptionally with a
     * {@link StorageException} if making them durable failed. Stores whose writes are durable when
     * they return (or that promise no durability) answer a completed stage, this default.
     */
    default CompletionStage<Void> durable() {
        return CompletableFuture.completedStage(null);
    }

    /** Removes every row of a keyspace. Rows written concurrently may or may not survive. */
    void dropKeyspace(String keyspace);

    /** Releases the store; persistent stores flush what they have acknowledged. */
    @Override
    void close();
}
