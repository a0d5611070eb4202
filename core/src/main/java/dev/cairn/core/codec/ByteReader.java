package dev.cairn.core.codec;

/**
 * Reads what {@link ByteWriter} wrote. Running past the end, or a malformed varint, is a
 * corrupt-data error ({@link IllegalArgumentException}): the codecs only ever read their own output.
 */
public final class ByteReader {

    private final byte[] buf;
    private final int end;
    private int pos;

    public ByteReader(byte[] buf, int offset) {
        this(buf, offset, buf.length);
    }

    public ByteReader(byte[] buf, int offset, int end) {
        if (offset < 0 || offset > end || end > buf.length) {
            throw new IllegalArgumentException("bad range " + offset + ".." + end + " of " + buf.length);
        }
        this.buf = buf;
        this.pos = offset;
        this.end = end;
    }

    /** The next byte, unsigned. */
    public int read() {
        if (pos >= end) {
            throw corrupt("unexpected end of data");
        }
        return buf[pos++] & 0xFF;
    }

    /** The next {@code length} bytes, copied. */
    public byte[] read(int length) {
        if (length < 0 || length > end - pos) {
            throw corrupt("length " + length + " past end of data");
        }
        byte[] out = new byte[length];
        System.arraycopy(buf, pos, out, 0, length);
        pos += length;
        return out;
    }

    /** An unsigned LEB128 varint of at most 31 bits. */
    public int readVarint() {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = read();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    throw corrupt("varint overflow");
                }
                return value;
            }
        }
        throw corrupt("varint too long");
    }

    /** The backing array; with {@link #position()} lets callers decode in place. */
    byte[] array() {
        return buf;
    }

    public int position() {
        return pos;
    }

    void skip(int n) {
        if (n < 0 || n > end - pos) {
            throw corrupt("skip past end of data");
        }
        pos += n;
    }

    public boolean hasRemaining() {
        return pos < end;
    }

    static IllegalArgumentException corrupt(String message) {
        return new IllegalArgumentException("corrupt encoding: " + message);
    }
}
