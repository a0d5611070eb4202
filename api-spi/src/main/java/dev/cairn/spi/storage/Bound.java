package dev.cairn.spi.storage;

/**
 * One end of a clustering-key range.
 *
 * @param key the clustering key at the end of the range
 * @param inclusive whether a row with exactly this key is inside the range
 */
public record Bound(byte[] key, boolean inclusive) {

    public static Bound inclusive(byte[] key) {
        return new Bound(key, true);
    }

    public static Bound exclusive(byte[] key) {
        return new Bound(key, false);
    }
}
