package dev.cairn.spi.storage;

/**
 * The reads and writes of one multi-partition transaction (see {@link Store#transact}). Reads see
 * the transaction's own writes; nothing is visible to others until the body returns and the
 * transaction commits.
 */
public interface StoreTransaction {

    /** The row's value as this transaction sees it, or null when absent. */
    byte[] get(String keyspace, byte[] partition, byte[] clustering);

    /** Ordered rows of one partition as this transaction sees them, as {@link Store#range}. */
    RowCursor range(RangeRead read);

    /** Writes (inserts or replaces) a row. */
    void put(String keyspace, byte[] partition, byte[] clustering, byte[] value);

    /** Deletes a row; deleting an absent row does nothing. */
    void delete(String keyspace, byte[] partition, byte[] clustering);
}
