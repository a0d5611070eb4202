package dev.cairn.core.codec;

import dev.cairn.api.model.AttributeValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Storage keys from key attribute values. Backends order rows by unsigned lexicographic byte
 * order and know nothing of DynamoDB, so the bytes must carry DynamoDB's order: strings by
 * unsigned UTF-8 bytes, binaries by unsigned bytes, numbers numerically ({@link NumberCodec}).
 *
 * <p>Every encoding is self-delimiting and none is a proper prefix of another, so components
 * concatenate (a GSI entry key is the index key followed by the table key) and the order of
 * concatenations is the lexicographic order of their components. Strings and binaries are
 * written with each {@code 0x00} escaped as {@code 0x00 0xFF} and end with {@code 0x00 0x00};
 * a two-byte terminator keeps "a" below "a\0" whatever component follows. There is no type tag:
 * the table schema says which type each component has.
 */
public final class KeyCodec {

    private static final int ESCAPE = 0x00;
    private static final int ESCAPED_ZERO = 0xFF;

    private KeyCodec() {}

    /** The encoding of one S, N or B value. */
    public static byte[] encode(AttributeValue scalar) {
        ByteWriter out = new ByteWriter(32);
        encode(scalar, out);
        return out.toByteArray();
    }

    /** The concatenated encodings of the components, in order. */
    public static byte[] encode(List<AttributeValue> components) {
        ByteWriter out = new ByteWriter(32 * Math.max(1, components.size()));
        for (AttributeValue component : components) {
            encode(component, out);
        }
        return out.toByteArray();
    }

    /** Appends the encoding of one S, N or B value. */
    public static void encode(AttributeValue scalar, ByteArrayOutputStream out) {
        byte[] bytes = encode(scalar);
        out.write(bytes, 0, bytes.length);
    }

    /**
     * Appends the encoding of one S, N or B value.
     *
     * @throws IllegalArgumentException for any other type
     * @throws dev.cairn.api.ApiException if a number is not a valid DynamoDB number
     */
    public static void encode(AttributeValue scalar, ByteWriter out) {
        if (scalar instanceof AttributeValue.S s) {
            writeEscaped(s.value().getBytes(StandardCharsets.UTF_8), out, true);
        } else if (scalar instanceof AttributeValue.B b) {
            writeEscaped(b.value(), out, true);
        } else if (scalar instanceof AttributeValue.N n) {
            NumberCodec.encode(n.value(), out);
        } else {
            throw new IllegalArgumentException("not a key type: " + scalar.type());
        }
    }

    /**
     * Bytes that begin the encoding of every string (or binary) that begins with {@code sOrB}, and
     * of no other: the escaped bytes without the terminator. For begins_with range reads, together
     * with {@link #successor}.
     */
    public static byte[] encodePrefix(AttributeValue sOrB) {
        ByteWriter out = new ByteWriter(32);
        if (sOrB instanceof AttributeValue.S s) {
            writeEscaped(s.value().getBytes(StandardCharsets.UTF_8), out, false);
        } else if (sOrB instanceof AttributeValue.B b) {
            writeEscaped(b.value(), out, false);
        } else {
            throw new IllegalArgumentException("no prefix encoding for type " + sOrB.type());
        }
        return out.toByteArray();
    }

    /**
     * The smallest key greater than every key that starts with {@code prefix}: the prefix without
     * its trailing {@code 0xFF} bytes, its last byte incremented.
     *
     * @return null when no such key exists (the prefix is empty or all {@code 0xFF})
     */
    public static byte[] successor(byte[] prefix) {
        int last = prefix.length - 1;
        while (last >= 0 && prefix[last] == (byte) 0xFF) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        byte[] next = Arrays.copyOf(prefix, last + 1);
        next[last]++;
        return next;
    }

    /**
     * Decodes consecutive components starting at {@code offset}.
     *
     * @param types the type of each component, "S", "N" or "B", from the table schema
     * @throws IllegalArgumentException if the bytes are not such an encoding
     */
    public static List<AttributeValue> decode(byte[] key, int offset, List<String> types) {
        ByteReader in = new ByteReader(key, offset);
        List<AttributeValue> values = new ArrayList<>(types.size());
        for (String type : types) {
            values.add(decode(in, type));
        }
        return values;
    }

    /** Decodes a key that is exactly one component of the given type. */
    public static AttributeValue decodeOne(byte[] key, String type) {
        ByteReader in = new ByteReader(key, 0);
        AttributeValue value = decode(in, type);
        if (in.hasRemaining()) {
            throw ByteReader.corrupt("trailing bytes after a " + type + " key");
        }
        return value;
    }

    /** Decodes one component of the given type ("S", "N" or "B") and advances past it. */
    public static AttributeValue decode(ByteReader in, String type) {
        return switch (type) {
            case "S" -> AttributeValue.s(new String(readEscaped(in), StandardCharsets.UTF_8));
            case "B" -> AttributeValue.b(readEscaped(in));
            case "N" -> AttributeValue.n(NumberCodec.decode(in));
            default -> throw new IllegalArgumentException("not a key type: " + type);
        };
    }

    private static void writeEscaped(byte[] bytes, ByteWriter out, boolean terminate) {
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                out.write(bytes, start, i - start + 1).write(ESCAPED_ZERO);
                start = i + 1;
            }
        }
        out.write(bytes, start, bytes.length - start);
        if (terminate) {
            out.write(ESCAPE).write(ESCAPE);
        }
    }

    private static byte[] readEscaped(ByteReader in) {
        ByteWriter out = new ByteWriter(32);
        while (true) {
            int b = in.read();
            if (b != ESCAPE) {
                out.write(b);
                continue;
            }
            int next = in.read();
            if (next == ESCAPE) {
                return out.toByteArray();
            }
            if (next != ESCAPED_ZERO) {
                throw ByteReader.corrupt("bad escape 0x00 0x" + Integer.toHexString(next));
            }
            out.write(0);
        }
    }
}
