package dev.cairn.spi.storage;

import java.util.Arrays;
import java.util.Comparator;

/** The order of keys in every store: unsigned bytes, lexicographically, shorter prefix first. */
public final class UnsignedBytes {

    /** Compares two keys in store order. */
    public static final Comparator<byte[]> ORDER = Arrays::compareUnsigned;

    private UnsignedBytes() {}

    public static int compare(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }
}
