package dev.cairn.spi.storage;

/**
 * A read of ordered rows inside one partition.
 *
 * @param keyspace the keyspace
 * @param partition the partition key
 * @param lower the lowest clustering key, or null for the start of the partition
 * @param upper the highest clustering key, or null for the end of the partition
 * @param reverse true to return rows from the highest key down
 * @param limit the most rows to return; {@link Integer#MAX_VALUE} for no limit
 */
public record RangeRead(String keyspace, byte[] partition, Bound lower, Bound upper, boolean reverse, int limit) {

    public RangeRead {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }

    /** Every row of a partition, in order. */
    public static RangeRead all(String keyspace, byte[] partition) {
        return new RangeRead(keyspace, partition, null, null, false, Integer.MAX_VALUE);
    }
}
