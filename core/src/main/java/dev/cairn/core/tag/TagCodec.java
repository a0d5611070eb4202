package dev.cairn.core.tag;

import dev.cairn.api.model.Tag;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A table's tags as the bytes of its catalog tag row: a format version, then each key and value in
 * the order they were first added. No row means no tags, so an empty map encodes to null.
 */
final class TagCodec {

    private static final int FORMAT_VERSION = 1;

    private TagCodec() {}

    static byte[] encode(Map<String, String> tags) {
        if (tags.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT_VERSION);
            out.writeShort(tags.size());
            for (Map.Entry<String, String> tag : tags.entrySet()) {
                out.writeUTF(tag.getKey());
                out.writeUTF(tag.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The tags of a row's bytes, in order; empty for null. */
    static Map<String, String> decode(byte[] bytes) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (bytes == null) {
            return tags;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readUnsignedByte();
            if (version != FORMAT_VERSION) {
                throw new IllegalStateException("Unknown tag row format " + version);
            }
            int count = in.readUnsignedShort();
            for (int i = 0; i < count; i++) {
                tags.put(in.readUTF(), in.readUTF());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tags;
    }

    static Map<String, String> toMap(Iterable<Tag> tags) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Tag tag : tags) {
            map.put(tag.key(), tag.value());
        }
        return map;
    }
}
