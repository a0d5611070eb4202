package dev.cairn.spi.storage.kv;

/**
 * Splits the 32-bit partition-hash space into the segments of a parallel scan.
 *
 * <p>Segment {@code i} of {@code n} holds the hashes {@code [floor(i * 2^32 / n), floor((i + 1) *
 * 2^32 / n))}. The arithmetic is done in longs, so every {@code n} an int can hold works and the
 * segments always tile the whole space with no gap and no overlap.
 */
public final class HashSegments {

    /** One past the largest unsigned 32-bit hash. */
    public static final long HASH_SPACE = 1L << 32;

    private HashSegments() {}

    /** The first hash of a segment, as an unsigned value in {@code [0, 2^32)}. */
    public static long start(int segment, int totalSegments) {
        check(segment, totalSegments);
        return ((long) segment << 32) / totalSegments;
    }

    /** One past the last hash of a segment, in {@code (0, 2^32]}; the last segment ends at 2^32. */
    public static long end(int segment, int totalSegments) {
        check(segment, totalSegments);
        return ((long) (segment + 1) << 32) / totalSegments;
    }

    /** The segment whose range holds {@code hash} (read as unsigned). */
    public static int segmentOf(int hash, int totalSegments) {
        check(0, totalSegments);
        long next = Integer.toUnsignedLong(hash) + 1;
        return (int) ((next * totalSegments - 1) >>> 32);
    }

    private static void check(int segment, int totalSegments) {
        if (totalSegments < 1 || segment < 0 || segment >= totalSegments) {
            throw new IllegalArgumentException("segment " + segment + " of " + totalSegments);
        }
    }
}
