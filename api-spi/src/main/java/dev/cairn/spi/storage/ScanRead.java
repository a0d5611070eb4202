package dev.cairn.spi.storage;

/**
 * A read of one segment of a whole keyspace (see {@link Store#scan}).
 *
 * @param keyspace the keyspace
 * @param segment this segment, from 0 to {@code totalSegments - 1}
 * @param totalSegments how many segments the keyspace is split into, at least 1
 * @param resumeAfter continue after this row (one this segment returned before), or null to start
 * @param limit the most rows to return; {@link Integer#MAX_VALUE} for no limit
 */
public record ScanRead(String keyspace, int segment, int totalSegments, RowKey resumeAfter, int limit) {

    public ScanRead {
        if (totalSegments < 1 || segment < 0 || segment >= totalSegments) {
            throw new IllegalArgumentException("segment " + segment + " of " + totalSegments);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }

    /** The whole keyspace as one segment. */
    public static ScanRead all(String keyspace) {
        return new ScanRead(keyspace, 0, 1, null, Integer.MAX_VALUE);
    }
}
