package dev.cairn.core.index;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.ItemCollectionMetrics;
import dev.cairn.core.item.ItemSize;
import dev.cairn.core.table.IndexKind;
import dev.cairn.core.table.IndexMetadata;
import dev.cairn.core.table.Subspaces;
import dev.cairn.core.table.TableMetadata;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * Item collections of tables with local secondary indexes: every item with one partition key value
 * plus its local index entries. Their size is kept exactly in one row of the partition
 * ({@link Subspaces#ITEM_COLLECTION_SIZE}), changed in the same atomic step as the item, so that
 * ReturnItemCollectionMetrics=SIZE can report it and a write that would take it over DynamoDB's
 * 10 GB limit is rejected with ItemCollectionSizeLimitExceededException, writing nothing.
 *
 * <p>Sizes follow AWS's storage rules: an item counts its attributes ({@link ItemSize}) plus 100
 * bytes of overhead; a local index entry counts its projected attributes (primary key, index key
 * and projected attributes) plus 100 bytes of overhead.
 */
public final class ItemCollections {

    /** DynamoDB's item collection limit: 10 GB. */
    public static final long MAX_COLLECTION_BYTES = 10L * 1024 * 1024 * 1024;

    /** The exception's message. */
    public static final String LIMIT_EXCEEDED = "Item collection size limit exceeded";

    /** Storage overhead DynamoDB counts for every item and every index entry. */
    static final int OVERHEAD_BYTES = 100;

    private static final double BYTES_PER_GB = 1024d * 1024 * 1024;

    /** The row holding a partition's collection size. */
    private static final byte[] ROW = {Subspaces.ITEM_COLLECTION_SIZE};

    private static volatile long limitBytes = MAX_COLLECTION_BYTES;

    private ItemCollections() {}

    /** Tests only: a smaller limit (bytes); {@link #MAX_COLLECTION_BYTES} restores DynamoDB's. */
    static void limitForTests(long bytes) {
        limitBytes = bytes;
    }

    /** Whether the table's partitions are item collections with a size: it has local indexes. */
    public static boolean tracked(TableMetadata table) {
        for (IndexMetadata index : table.indexes()) {
            if (index.kind() == IndexKind.LOCAL) {
                return true;
            }
        }
        return false;
    }

    /** The clustering key of the size row (a fresh array). */
    public static byte[] row() {
        return ROW.clone();
    }

    /** What one item adds to its collection: itself and its local index entries; 0 for none. */
    public static long sizeOf(TableMetadata table, Map<String, AttributeValue> item) {
        if (item == null) {
            return 0;
        }
        long size = ItemSize.of(item) + OVERHEAD_BYTES;
        for (IndexMetadata index : table.indexes()) {
            if (index.kind() == IndexKind.LOCAL && IndexEntries.indexed(index, item)) {
                size += ItemSize.of(IndexEntries.project(table, index, item)) + OVERHEAD_BYTES;
            }
        }
        return size;
    }

    /** The size a size row holds (0 when absent). */
    public static long decode(byte[] value) {
        return value == null ? 0 : ByteBuffer.wrap(value).getLong();
    }

    /** The value of a size row; null (no row) for an empty collection. */
    public static byte[] encode(long size) {
        return size <= 0 ? null : ByteBuffer.allocate(Long.BYTES).putLong(size).array();
    }

    /**
     * The collection's size after a write adding {@code delta} bytes to {@code current}.
     *
     * @throws ApiException ItemCollectionSizeLimitExceededException when a growing write would take it over the limit
     */
    public static long afterWrite(long current, long delta) {
        long next = Math.max(0, current + delta);
        if (delta > 0 && next > limitBytes) {
            throw ApiException.itemCollectionSizeLimitExceeded(LIMIT_EXCEEDED);
        }
        return next;
    }

    /** The metrics DynamoDB returns for the collection of {@code item} (any item or key with the partition key). */
    public static ItemCollectionMetrics metrics(TableMetadata table, Map<String, AttributeValue> item, long size) {
        String name = table.partitionKey().name();
        double lower = Math.floor(size / BYTES_PER_GB);
        return new ItemCollectionMetrics(Map.of(name, item.get(name)), List.of(lower, lower + 1));
    }
}
