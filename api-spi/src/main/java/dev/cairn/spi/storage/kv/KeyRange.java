package dev.cairn.spi.storage.kv;

import dev.cairn.spi.storage.UnsignedBytes;

/**
 * A half-open range of encoded keys, in unsigned byte order.
 *
 * @param start the first key in the range (inclusive)
 * @param end the first key after the range (exclusive); never null, because every range the
 *     layout builds lies inside one keyspace
 */
public record KeyRange(byte[] start, byte[] end) {

    /** True when no key can lie in the range, e.g. for a read whose lower bound is above its upper. */
    public boolean isEmpty() {
        return UnsignedBytes.compare(start, end) >= 0;
    }

    /** Whether {@code key} lies in the range. */
    public boolean contains(byte[] key) {
        return UnsignedBytes.compare(start, key) <= 0 && UnsignedBytes.compare(key, end) < 0;
    }

    /** The same range, starting no earlier than {@code from}. */
    public KeyRange startingAt(byte[] from) {
        return UnsignedBytes.compare(from, start) > 0 ? new KeyRange(from, end) : this;
    }
}
