package dev.cairn.spi.storage.kv;

/**
 * The 32-bit hash that places a partition in a segment of a scan: MurmurHash3 x86_32 with seed 0.
 *
 * <p>Ordered key-value backends persist this hash inside every key, so it must never change: a new
 * function would need a new layout version, not an edit here.
 */
public final class PartitionHash {

    private static final int C1 = 0xcc9e2d51;
    private static final int C2 = 0x1b873593;

    private PartitionHash() {}

    /** The hash of a partition key; compare results as unsigned ints. */
    public static int of(byte[] partition) {
        int h = 0;
        int blocks = partition.length >>> 2;
        for (int i = 0; i < blocks; i++) {
            int at = i << 2;
            int k = (partition[at] & 0xFF)
                    | (partition[at + 1] & 0xFF) << 8
                    | (partition[at + 2] & 0xFF) << 16
                    | (partition[at + 3] & 0xFF) << 24;
            h ^= mixK(k);
            h = Integer.rotateLeft(h, 13) * 5 + 0xe6546b64;
        }
        int tail = blocks << 2;
        int k = 0;
        switch (partition.length & 3) {
            case 3:
                k ^= (partition[tail + 2] & 0xFF) << 16;
                // fall through
            case 2:
                k ^= (partition[tail + 1] & 0xFF) << 8;
                // fall through
            case 1:
                k ^= partition[tail] & 0xFF;
                h ^= mixK(k);
                break;
            default:
                break;
        }
        return finalMix(h ^ partition.length);
    }

    private static int mixK(int k) {
        return Integer.rotateLeft(k * C1, 15) * C2;
    }

    private static int finalMix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
