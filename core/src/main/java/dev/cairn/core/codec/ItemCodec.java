package dev.cairn.core.codec;

import dev.cairn.api.model.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole items as compact bytes: the row value every backend stores and never parses. A version
 * byte, then the attributes in map order, each a name and a value with a one-byte type tag
 * ({@link ItemTags}); lengths and counts are varints; numbers are stored as their canonical
 * text (older items may hold {@link NumberCodec}'s base-100 form, still read); sets keep their
 * element order. Encoding and decoding walk the value once, with no reflection and no intermediate tree.
 */
public final class ItemCodec {

    private ItemCodec() {}

    /**
     * Encodes an item.
     *
     * @throws IllegalArgumentException for a NULL value of {@code false}, which no valid item holds
     * @throws dev.cairn.api.ApiException if a number is not a valid DynamoDB number
     */
    public static byte[] encode(Map<String, AttributeValue> item) {
        ByteWriter out = new ByteWriter(256);
        encode(item, out);
        return out.toByteArray();
    }

    /** Appends an item's encoding to {@code out}, so a caller can put a header before it without a copy. */
    public static void encode(Map<String, AttributeValue> item, ByteWriter out) {
        out.write(ItemTags.VERSION_1);
        writeMap(item, out);
    }

    /**
     * Decodes an item written by {@link #encode}.
     *
     * @return a mutable {@link LinkedHashMap} in the order the item was encoded
     * @throws IllegalArgumentException if the bytes are not such an encoding
     */
    public static Map<String, AttributeValue> decode(byte[] bytes) {
        return decode(bytes, 0);
    }

    /** Decodes an item whose encoding fills {@code bytes} from {@code offset} to the end. */
    public static Map<String, AttributeValue> decode(byte[] bytes, int offset) {
        return new Decoder(bytes, offset, false).item();
    }

    /** An item and the size DynamoDB counts for it. */
    public record Sized(Map<String, AttributeValue> item, int size) {}

    /**
     * Decodes an item as {@link #decode(byte[], int)} does and measures it on the way: the size is
     * what {@link dev.cairn.core.item.ItemSize#of} gives for the item. Strings are stored as their
     * UTF-8 bytes, so their length is their size; only numbers need their text, which decoding
     * builds anyway.
     *
     * @throws IllegalArgumentException if the bytes are not an item's encoding
     */
    public static Sized decodeSized(byte[] bytes, int offset) {
        Decoder decoder = new Decoder(bytes, offset, true);
        Map<String, AttributeValue> item = decoder.item();
        return new Sized(item, decoder.size);
    }

    private static void writeMap(Map<String, AttributeValue> map, ByteWriter out) {
        out.writeVarint(map.size());
        for (Map.Entry<String, AttributeValue> e : map.entrySet()) {
            writeString(e.getKey(), out);
            writeValue(e.getValue(), out);
        }
    }

    private static void writeValue(AttributeValue value, ByteWriter out) {
        if (value instanceof AttributeValue.S s) {
            writeString(s.value(), out.write(ItemTags.S));
        } else if (value instanceof AttributeValue.N n) {
            writeString(canonical(n.value()), out.write(ItemTags.N_TEXT));
        } else if (value instanceof AttributeValue.B b) {
            writeBytes(b.value(), out.write(ItemTags.B));
        } else if (value instanceof AttributeValue.Bool b) {
            out.write(b.value() ? ItemTags.BOOL_TRUE : ItemTags.BOOL_FALSE);
        } else if (value instanceof AttributeValue.Null n) {
            if (!n.value()) {
                throw new IllegalArgumentException("NULL must be true");
            }
            out.write(ItemTags.NULL);
        } else if (value instanceof AttributeValue.M m) {
            writeMap(m.value(), out.write(ItemTags.M));
        } else if (value instanceof AttributeValue.L l) {
            out.write(ItemTags.L).writeVarint(l.value().size());
            for (AttributeValue element : l.value()) {
                writeValue(element, out);
            }
        } else if (value instanceof AttributeValue.SS ss) {
            out.write(ItemTags.SS).writeVarint(ss.value().size());
            for (String element : ss.value()) {
                writeString(element, out);
            }
        } else if (value instanceof AttributeValue.NS ns) {
            out.write(ItemTags.NS_TEXT).writeVarint(ns.value().size());
            for (String element : ns.value()) {
                writeString(canonical(element), out);
            }
        } else if (value instanceof AttributeValue.BS bs) {
            out.write(ItemTags.BS).writeVarint(bs.value().size());
            for (byte[] element : bs.value()) {
                writeBytes(element, out);
            }
        } else {
            throw new IllegalArgumentException("unknown attribute value " + value);
        }
    }

    /** Numbers reach the codec canonical already (validated on the way in); the rest are made so. */
    private static String canonical(String number) {
        return Numbers.isPlainCanonical(number) ? number : Numbers.canonical(number);
    }

    private static void writeString(String s, ByteWriter out) {
        writeBytes(s.getBytes(StandardCharsets.UTF_8), out);
    }

    private static void writeBytes(byte[] bytes, ByteWriter out) {
        out.writeVarint(bytes.length).write(bytes);
    }

    /** Reads one item's encoding, adding up its size when asked to. */
    private static final class Decoder {
        private final ByteReader in;
        private final boolean measuring;
        private int size;

        Decoder(byte[] bytes, int offset, boolean measuring) {
            this.in = new ByteReader(bytes, offset);
            this.measuring = measuring;
        }

        Map<String, AttributeValue> item() {
            int version = in.read();
            if (version != ItemTags.VERSION_1) {
                throw ByteReader.corrupt("unknown item format version " + version);
            }
            Map<String, AttributeValue> item = readMap(in.readVarint());
            if (in.hasRemaining()) {
                throw ByteReader.corrupt("trailing bytes after item");
            }
            return item;
        }

        private Map<String, AttributeValue> readMap(int count) {
            Map<String, AttributeValue> map = new LinkedHashMap<>(capacity(count));
            for (int i = 0; i < count; i++) {
                String name = readString();
                map.put(name, readValue());
            }
            return map;
        }

        private AttributeValue readValue() {
            int tag = in.read();
            switch (tag) {
                case ItemTags.S:
                    return AttributeValue.s(readString());
                case ItemTags.N_TEXT:
                    return AttributeValue.n(number(readText()));
                case ItemTags.N:
                    return AttributeValue.n(number(NumberCodec.decode(in)));
                case ItemTags.B:
                    return AttributeValue.b(readBytes());
                case ItemTags.BOOL_TRUE:
                    size += 1;
                    return new AttributeValue.Bool(true);
                case ItemTags.BOOL_FALSE:
                    size += 1;
                    return new AttributeValue.Bool(false);
                case ItemTags.NULL:
                    size += 1;
                    return new AttributeValue.Null(true);
                case ItemTags.M: {
                    int count = in.readVarint();
                    size += 3 + count;
                    return new AttributeValue.M(readMap(count));
                }
                case ItemTags.L: {
                    int count = in.readVarint();
                    size += 3 + count;
                    List<AttributeValue> list = new ArrayList<>(Math.min(count, 1024));
                    for (int i = 0; i < count; i++) {
                        list.add(readValue());
                    }
                    return new AttributeValue.L(list);
                }
                case ItemTags.SS: {
                    int count = in.readVarint();
                    List<String> set = new ArrayList<>(Math.min(count, 1024));
                    for (int i = 0; i < count; i++) {
                        set.add(readString());
                    }
                    return new AttributeValue.SS(set);
                }
                case ItemTags.NS_TEXT:
                case ItemTags.NS: {
                    int count = in.readVarint();
                    List<String> set = new ArrayList<>(Math.min(count, 1024));
                    for (int i = 0; i < count; i++) {
                        set.add(number(tag == ItemTags.NS ? NumberCodec.decode(in) : readText()));
                    }
                    return new AttributeValue.NS(set);
                }
                case ItemTags.BS: {
                    int count = in.readVarint();
                    List<byte[]> set = new ArrayList<>(Math.min(count, 1024));
                    for (int i = 0; i < count; i++) {
                        set.add(readBytes());
                    }
                    return new AttributeValue.BS(set);
                }
                default:
                    throw ByteReader.corrupt("unknown type tag " + tag);
            }
        }

        /** A name or string value: its UTF-8 length is its size. */
        private String readString() {
            int length = in.readVarint();
            size += length;
            return text(length);
        }

        /** A number's stored text, which counts by {@link NumberCodec#size} instead of its length. */
        private String readText() {
            return text(in.readVarint());
        }

        private String text(int length) {
            int at = in.position();
            in.skip(length);
            return new String(in.array(), at, length, StandardCharsets.UTF_8);
        }

        private byte[] readBytes() {
            int length = in.readVarint();
            size += length;
            return in.read(length);
        }

        private String number(String text) {
            if (measuring) {
                size += NumberCodec.size(text);
            }
            return text;
        }
    }

    private static int capacity(int count) {
        return (int) Math.min(1 << 16, count / 0.75f + 1);
    }
}
