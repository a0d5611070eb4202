package dev.cairn.core.table;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.KeyCodec;
import dev.cairn.core.item.ItemSize;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks primary keys against a table's key schema and maps them to storage keys. DynamoDB words
 * its complaints differently for a full item (PutItem) and for a bare key (GetItem, DeleteItem,
 * UpdateItem, BatchGetItem), so each has its own entry point.
 */
public final class PrimaryKeys {

    /** DynamoDB's limits on key sizes, in bytes as ItemSize measures values. */
    private static final int MAX_PARTITION_KEY_BYTES = 2048;
    private static final int MAX_SORT_KEY_BYTES = 1024;

    private PrimaryKeys() {}

    /** The storage key of an item about to be written whole; checks the key attributes it carries. */
    public static StorageKey ofItem(TableMetadata table, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>(4);
        key.put(table.partitionKey().name(), itemKeyValue(table.partitionKey(), item));
        if (table.hasSortKey()) {
            key.put(table.sortKey().name(), itemKeyValue(table.sortKey(), item));
        }
        checkSizes(table, key);
        return toStorage(table, key);
    }

    /** The storage key named by a request's Key member; it must hold exactly the key attributes. */
    public static StorageKey ofKey(TableMetadata table, Map<String, AttributeValue> key) {
        int expected = table.hasSortKey() ? 2 : 1;
        if (key.size() != expected) {
            throw mismatch();
        }
        Map<String, AttributeValue> ordered = new LinkedHashMap<>(4);
        ordered.put(table.partitionKey().name(), keyValue(table.partitionKey(), key));
        if (table.hasSortKey()) {
            ordered.put(table.sortKey().name(), keyValue(table.sortKey(), key));
        }
        checkSizes(table, ordered);
        return toStorage(table, ordered);
    }

    /**
     * Why a request's Key does not fit the schema (missing, extra or wrong-typed attributes), or
     * null when it fits; emptiness and sizes are not judged. A transaction reports this per action.
     */
    public static String keyMismatch(TableMetadata table, Map<String, AttributeValue> key) {
        if (key == null) {
            return null;
        }
        int expected = table.hasSortKey() ? 2 : 1;
        boolean fits = key.size() == expected && hasType(key, table.partitionKey())
                && (!table.hasSortKey() || hasType(key, table.sortKey()));
        return fits ? null : mismatch().getMessage();
    }

    /** Why an item's key attribute has the wrong type (a set, list or map included), or null. */
    public static String itemKeyTypeMismatch(TableMetadata table, Map<String, AttributeValue> item) {
        if (item == null) {
            return null;
        }
        for (KeyAttribute attribute : table.hasSortKey()
                ? List.of(table.partitionKey(), table.sortKey()) : List.of(table.partitionKey())) {
            AttributeValue value = item.get(attribute.name());
            if (value != null && !value.type().equals(attribute.type())) {
                return "One or more parameter values were invalid: Type mismatch for key " + attribute.name()
                        + " expected: " + attribute.type() + " actual: " + value.type();
            }
        }
        return null;
    }

    private static boolean hasType(Map<String, AttributeValue> key, KeyAttribute attribute) {
        AttributeValue value = key.get(attribute.name());
        return value != null && value.type().equals(attribute.type());
    }

    /** The primary key attributes of a stored (already valid) item. */
    public static Map<String, AttributeValue> keyOf(TableMetadata table, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>(4);
        key.put(table.partitionKey().name(), item.get(table.partitionKey().name()));
        if (table.hasSortKey()) {
            key.put(table.sortKey().name(), item.get(table.sortKey().name()));
        }
        return key;
    }

    /** The partition bytes of a partition key value already checked against the schema. */
    public static byte[] partition(AttributeValue partitionKeyValue) {
        return KeyCodec.encode(partitionKeyValue);
    }

    /** The clustering bytes of a base item with this sort key value (null for tables without one). */
    public static byte[] itemClustering(AttributeValue sortKeyValue) {
        if (sortKeyValue == null) {
            return new byte[] {Subspaces.ITEM};
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(32);
        out.write(Subspaces.ITEM);
        KeyCodec.encode(sortKeyValue, out);
        return out.toByteArray();
    }

    private static StorageKey toStorage(TableMetadata table, Map<String, AttributeValue> key) {
        byte[] partition = partition(key.get(table.partitionKey().name()));
        byte[] clustering = itemClustering(table.hasSortKey() ? key.get(table.sortKey().name()) : null);
        return new StorageKey(partition, clustering, key);
    }

    private static AttributeValue itemKeyValue(KeyAttribute attribute, Map<String, AttributeValue> item) {
        AttributeValue value = item.get(attribute.name());
        if (value == null) {
            throw ApiException.validation(
                    "One or more parameter values were invalid: Missing the key " + attribute.name() + " in the item");
        }
        if (!(value instanceof AttributeValue.S || value instanceof AttributeValue.N
                || value instanceof AttributeValue.B)) {
            throw ApiException.validation("Invalid attribute value type"); // a key can only be a scalar
        }
        if (!value.type().equals(attribute.type())) {
            throw ApiException.validation("One or more parameter values were invalid: Type mismatch for key "
                    + attribute.name() + " expected: " + attribute.type() + " actual: " + value.type());
        }
        checkNotEmpty(attribute, value);
        return value;
    }

    private static AttributeValue keyValue(KeyAttribute attribute, Map<String, AttributeValue> key) {
        AttributeValue value = key.get(attribute.name());
        if (value == null || !value.type().equals(attribute.type())) {
            throw mismatch();
        }
        checkNotEmpty(attribute, value);
        return value;
    }

    private static void checkNotEmpty(KeyAttribute attribute, AttributeValue value) {
        if (value instanceof AttributeValue.S s && s.value().isEmpty()) {
            throw ApiException.validation("One or more parameter values are not valid. The AttributeValue for a key "
                    + "attribute cannot contain an empty string value. Key: " + attribute.name());
        }
        if (value instanceof AttributeValue.B b && b.value().length == 0) {
            throw ApiException.validation("One or more parameter values are not valid. The AttributeValue for a key "
                    + "attribute cannot contain an empty binary value. Key: " + attribute.name());
        }
    }

    private static void checkSizes(TableMetadata table, Map<String, AttributeValue> key) {
        if (ItemSize.ofValue(key.get(table.partitionKey().name())) > MAX_PARTITION_KEY_BYTES) {
            throw ApiException.validation("One or more parameter values were invalid: Size of hashkey has exceeded the "
                    + "maximum size limit of" + MAX_PARTITION_KEY_BYTES + " bytes");
        }
        if (table.hasSortKey() && ItemSize.ofValue(key.get(table.sortKey().name())) > MAX_SORT_KEY_BYTES) {
            throw ApiException.validation("One or more parameter values were invalid: Aggregated size of all range keys "
                    + "has exceeded the size limit of " + MAX_SORT_KEY_BYTES + " bytes");
        }
    }

    private static ApiException mismatch() {
        return ApiException.validation("The provided key element does not match the schema");
    }
}
