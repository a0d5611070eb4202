package dev.cairn.core.index;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.ByteWriter;
import dev.cairn.core.codec.KeyCodec;
import dev.cairn.core.item.ItemSize;
import dev.cairn.core.table.IndexMetadata;
import dev.cairn.core.table.KeyAttribute;
import dev.cairn.core.table.Subspaces;
import dev.cairn.core.table.TableMetadata;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an item's entry in a secondary index lives and what it holds. An entry's key is the index
 * key followed by the table's primary key, so entries stay unique when index keys repeat; its value
 * is the item projected as the index asks (keys always, then INCLUDE's attributes, or ALL).
 *
 * <p>A multi-attribute global key is stored as the concatenation of its attributes' encodings, in
 * key schema order. Each encoding is order-preserving and prefix-free, so the concatenation sorts
 * as the tuple of values does, and a condition on a prefix of the sort key attributes is a range.
 */
public final class IndexEntries {

    private IndexEntries() {}

    /** DynamoDB's key size limits, which hold for index keys as for the table's. */
    public static final int MAX_PARTITION_KEY_BYTES = 2048;
    public static final int MAX_SORT_KEY_BYTES = 1024;

    /**
     * Whether the item appears in the index: it carries every key attribute of the index, each one
     * a value that {@link #mayBeKey may be that key}. An item that does not (sparse indexes, and
     * items written before the index existed with a value that cannot be a key) is left out.
     */
    public static boolean indexed(IndexMetadata index, Map<String, AttributeValue> item) {
        if (item == null) {
            return false;
        }
        for (KeyAttribute attribute : index.partitionKeys()) {
            if (!mayBeKey(attribute, item.get(attribute.name()), true)) {
                return false;
            }
        }
        for (KeyAttribute attribute : index.sortKeys()) {
            if (!mayBeKey(attribute, item.get(attribute.name()), false)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a value may be the index key {@code attribute}: present, of the attribute's type, not an
     * empty string or binary, and within the size limit of a partition key (2,048 bytes) or a sort
     * key (1,024 bytes).
     */
    public static boolean mayBeKey(KeyAttribute attribute, AttributeValue value, boolean partition) {
        return value != null && value.type().equals(attribute.type()) && !emptyKey(value)
                && ItemSize.ofValue(value) <= maxBytes(partition);
    }

    /** The size limit of a partition key (2,048 bytes) or a sort key (1,024 bytes). */
    public static int maxBytes(boolean partition) {
        return partition ? MAX_PARTITION_KEY_BYTES : MAX_SORT_KEY_BYTES;
    }

    /** An empty string or binary, which no key may be. */
    public static boolean emptyKey(AttributeValue value) {
        return (value instanceof AttributeValue.S s && s.value().isEmpty())
                || (value instanceof AttributeValue.B b && b.value().length == 0);
    }

    /** The clustering key of a local index entry, inside the base item's partition. */
    public static byte[] localClustering(TableMetadata table, IndexMetadata index, Map<String, AttributeValue> item) {
        ByteWriter out = new ByteWriter(64);
        out.write(Subspaces.LOCAL_INDEX_BASE + index.number());
        KeyCodec.encode(item.get(index.sortKey().name()), out);
        KeyCodec.encode(item.get(table.sortKey().name()), out);
        return out.toByteArray();
    }

    /** The partition of a global index entry: its partition key attributes' encodings, concatenated. */
    public static byte[] globalPartition(IndexMetadata index, Map<String, AttributeValue> item) {
        if (index.partitionKeys().size() == 1) {
            return KeyCodec.encode(item.get(index.partitionKey().name()));
        }
        ByteWriter out = new ByteWriter(64);
        for (KeyAttribute attribute : index.partitionKeys()) {
            KeyCodec.encode(item.get(attribute.name()), out);
        }
        return out.toByteArray();
    }

    /** The clustering key of a global index entry: index sort key attributes (if any), then the table's key. */
    public static byte[] globalClustering(TableMetadata table, IndexMetadata index, Map<String, AttributeValue> item) {
        ByteWriter out = new ByteWriter(64);
        out.write(Subspaces.ITEM);
        for (KeyAttribute attribute : index.sortKeys()) {
            KeyCodec.encode(item.get(attribute.name()), out);
        }
        KeyCodec.encode(item.get(table.partitionKey().name()), out);
        if (table.hasSortKey()) {
            KeyCodec.encode(item.get(table.sortKey().name()), out);
        }
        return out.toByteArray();
    }

    /** The attributes of an item that its index entry carries. */
    public static Map<String, AttributeValue> project(TableMetadata table, IndexMetadata index,
            Map<String, AttributeValue> item) {
        if ("ALL".equals(index.projectionType())) {
            return item;
        }
        Map<String, AttributeValue> projected = new LinkedHashMap<>();
        copy(item, table.partitionKey(), projected);
        copy(item, table.sortKey(), projected);
        for (KeyAttribute attribute : index.keyAttributes()) {
            copy(item, attribute, projected);
        }
        for (String name : index.nonKeyAttributes()) {
            AttributeValue value = item.get(name);
            if (value != null) {
                projected.put(name, value);
            }
        }
        return projected;
    }

    private static void copy(Map<String, AttributeValue> item, KeyAttribute attribute,
            Map<String, AttributeValue> into) {
        if (attribute != null && item.containsKey(attribute.name())) {
            into.put(attribute.name(), item.get(attribute.name()));
        }
    }

}
