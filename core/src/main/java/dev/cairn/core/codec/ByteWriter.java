package dev.cairn.core.codec;

import java.util.Arrays;

/**
 * A growable, unsynchronised byte buffer for the codecs. {@link java.io.ByteArrayOutputStream}
 * synchronises every write; encoding keys and items is hot enough for that to show.
 */
public final class ByteWriter {

    private byte[] buf;
    private int size;

    public ByteWriter() {
        this(64);
    }

    public ByteWriter(int initialCapacity) {
        buf = new byte[Math.max(initialCapacity, 16)];
    }

    /** Appends one byte (the low eight bits of {@code b}). */
    public ByteWriter write(int b) {
        ensure(1);
        buf[size++] = (byte) b;
        return this;
    }

    /** Appends all of {@code bytes}. */
    public ByteWriter write(byte[] bytes) {
        return write(bytes, 0, bytes.length);
    }

    /** Appends {@code length} bytes of {@code bytes} from {@code offset}. */
    public ByteWriter write(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buf, size, length);
        size += length;
        return this;
    }

    /** Appends an unsigned LEB128 varint; {@code value} must not be negative. */
    public ByteWriter writeVarint(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative varint " + value);
        }
        ensure(5);
        while ((value & ~0x7F) != 0) {
            buf[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buf[size++] = (byte) value;
        return this;
    }

    /** Number of bytes written so far. */
    public int size() {
        return size;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int extra) {
        if (size + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }
}
