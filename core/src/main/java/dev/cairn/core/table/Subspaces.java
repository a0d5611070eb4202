package dev.cairn.core.table;

/**
 * Where everything Cairn stores lives, defined in this one place. A number here is never reused
 * for something else, because stored data outlives releases.
 *
 * <ul>
 *   <li>Keyspace {@value #CATALOG}: one partition per table name, one row holding its metadata
 *       (empty clustering key) and one holding its tags, if it has any (clustering key 0x01).
 *   <li>Keyspace {@code t.<id>}: a table's base items; the partition is the encoded partition key.
 *       Inside a partition the first clustering byte names the row's space: {@link #ITEM} for base
 *       items (then the encoded sort key), local index entries after it, the item collection size
 *       ({@link #ITEM_COLLECTION_SIZE}) and the outbox ({@link #OUTBOX}) at the end.
 *   <li>Keyspace {@code t.<id>.g<n>}: global secondary index number n of the table; clustering
 *       keys start with {@link #ITEM} too.
 * </ul>
 */
public final class Subspaces {

    /** The catalog keyspace. */
    public static final String CATALOG = "catalog";

    /** Clustering-space byte of a base item. */
    public static final byte ITEM = 0x00;

    /** Clustering-space bytes 0x01..0x05: local secondary index number n (1 to 5) uses {@code LOCAL_INDEX_BASE + n}. */
    public static final byte LOCAL_INDEX_BASE = 0x00;

    /**
     * Clustering-space byte of the one row holding the partition's item collection size, in tables
     * with local secondary indexes: the byte alone, value an 8-byte big-endian byte count.
     */
    public static final byte ITEM_COLLECTION_SIZE = 0x7E;

    /**
     * Clustering-space byte of the partition's outbox: global index changes waiting to be applied,
     * on stores without multi-partition transactions. Then an 8-byte sequence number.
     */
    public static final byte OUTBOX = 0x7F;

    /** Keyspace of ClientRequestToken records of TransactWriteItems (idempotency for 10 minutes). */
    public static final String TRANSACTION_TOKENS = "txtokens";

    /** Keyspace of core's own transaction records, on stores without multi-partition transactions. */
    public static final String TRANSACTION_LOG = "txlog";

    private Subspaces() {}

    /** The keyspace holding a table's base items and local index entries. */
    public static String tableKeyspace(String tableId) {
        return "t." + tableId;
    }

    /** The keyspace of a table's global secondary index. */
    public static String globalIndexKeyspace(String tableId, int indexNumber) {
        return "t." + tableId + ".g" + indexNumber;
    }
}
