package dev.cairn.core.read;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.ItemCodec;
import dev.cairn.core.codec.KeyCodec;
import dev.cairn.core.index.IndexEntries;
import dev.cairn.core.item.AttributeValues;
import dev.cairn.core.item.ItemSize;
import dev.cairn.core.table.IndexMetadata;
import dev.cairn.core.table.KeyAttribute;
import dev.cairn.core.table.PrimaryKeys;
import dev.cairn.core.table.StorageKey;
import dev.cairn.core.table.Subspaces;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.core.write.ItemStore;
import dev.cairn.core.write.StoredItemCodec;
import dev.cairn.spi.storage.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Query or Scan reads: the table's base items, or the entries of one of its indexes. Each
 * has its own keys (the ones key conditions name), its rows (a keyspace and a clustering space) and
 * its LastEvaluatedKey — for an index, the index key together with the table key, which is what
 * places an entry among others with the same index key.
 */
final class ReadTarget {

    private final TableMetadata table;
    private final IndexMetadata index;

    private ReadTarget(TableMetadata table, IndexMetadata index) {
        this.table = table;
        this.index = index;
    }

    /** The table itself when {@code indexName} is null, else the named index or DynamoDB's complaint. */
    static ReadTarget of(TableMetadata table, String indexName) {
        if (indexName == null) {
            return new ReadTarget(table, null);
        }
        IndexMetadata index = table.index(indexName);
        if (index == null) {
            throw ApiException.validation("The table does not have the specified index: " + indexName);
        }
        return new ReadTarget(table, index);
    }

    TableMetadata table() {
        return table;
    }

    /** The index read, or null for the table. */
    IndexMetadata index() {
        return index;
    }

    KeyAttribute partitionKey() {
        return index == null ? table.partitionKey() : index.partitionKey();
    }

    KeyAttribute sortKey() {
        return index == null ? table.sortKey() : index.sortKey();
    }

    /** Whether the index read has a multi-attribute partition or sort key. */
    boolean multiAttribute() {
        return index != null && index.multiAttribute();
    }

    /** Every partition key attribute, in key schema order. */
    List<KeyAttribute> partitionKeys() {
        return index == null ? List.of(table.partitionKey()) : index.partitionKeys();
    }

    /** Every sort key attribute, in key schema order; empty when there is none. */
    List<KeyAttribute> sortKeys() {
        if (index != null) {
            return index.sortKeys();
        }
        return table.hasSortKey() ? List.of(table.sortKey()) : List.of();
    }

    String keyspace() {
        return index != null && index.isGlobal()
                ? Subspaces.globalIndexKeyspace(table.id(), index.number())
                : Subspaces.tableKeyspace(table.id());
    }

    /** The first clustering byte of the rows read. */
    byte space() {
        return index != null && !index.isGlobal() ? (byte) (Subspaces.LOCAL_INDEX_BASE + index.number()) : Subspaces.ITEM;
    }

    boolean holds(Row row) {
        return row.clustering().length > 0 && row.clustering()[0] == space();
    }

    /**
     * The item a row shows (a base item as readers see it, or an index entry's projected item),
     * with the size DynamoDB counts for it toward the 1 MB page; null to skip. Where the bytes hold
     * exactly that item (a plain base item, any index entry) it is measured while decoding, which
     * spares a Query walking every string of every item again.
     */
    ItemCodec.Sized item(Row row, ItemStore items) {
        if (index != null) {
            return ItemCodec.decodeSized(row.value(), 0);
        }
        ItemCodec.Sized plain = StoredItemCodec.decodePlainSized(row.value());
        if (plain != null) {
            return plain;
        }
        Map<String, AttributeValue> item =
                items.visible(table, new StorageKey(row.partition(), row.clustering(), null), row.value());
        return item == null ? null : new ItemCodec.Sized(item, ItemSize.of(item));
    }

    /** The base item behind a local index entry, for attributes the index does not project; null if gone. */
    Map<String, AttributeValue> baseItem(Map<String, AttributeValue> entry, byte[] partition, ItemStore items) {
        StorageKey key = new StorageKey(partition, PrimaryKeys.itemClustering(entry.get(table.sortKey().name())), null);
        return items.read(table, key);
    }

    /** The partition a key condition names: its partition key values' encodings, concatenated. */
    byte[] partition(List<AttributeValue> partitionKeyValues) {
        return partitionKeyValues.size() == 1 ? KeyCodec.encode(partitionKeyValues.get(0))
                : KeyCodec.encode(partitionKeyValues);
    }

    Map<String, AttributeValue> lastEvaluatedKey(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = PrimaryKeys.keyOf(table, item);
        if (index != null) {
            for (KeyAttribute attribute : index.keyAttributes()) {
                key.put(attribute.name(), item.get(attribute.name()));
            }
        }
        return key;
    }

    /** Where an ExclusiveStartKey points: the partition and clustering key of its row. */
    StorageKey startKey(Map<String, AttributeValue> exclusiveStartKey) {
        if (index == null) {
            return tableStartKey(exclusiveStartKey);
        }
        Map<String, AttributeValue> expected = new LinkedHashMap<>();
        List<KeyAttribute> attributes = new ArrayList<>(sortKeys().size() + 4);
        attributes.add(table.partitionKey());
        attributes.add(table.sortKey());
        attributes.addAll(index.keyAttributes());
        for (KeyAttribute attribute : attributes) {
            if (attribute != null) {
                AttributeValue value = exclusiveStartKey.get(attribute.name());
                if (value == null || !value.type().equals(attribute.type())) {
                    throw ApiException.validation("The provided starting key is invalid");
                }
                expected.put(attribute.name(), value);
            }
        }
        if (expected.size() != exclusiveStartKey.size()) {
            throw ApiException.validation("The provided starting key is invalid");
        }
        if (index.isGlobal()) {
            return new StorageKey(IndexEntries.globalPartition(index, expected),
                    IndexEntries.globalClustering(table, index, expected), expected);
        }
        return new StorageKey(PrimaryKeys.partition(expected.get(table.partitionKey().name())),
                IndexEntries.localClustering(table, index, expected), expected);
    }

    /** A table's ExclusiveStartKey checked as DynamoDB Local checks it: size, then names, then types. */
    private StorageKey tableStartKey(Map<String, AttributeValue> exclusiveStartKey) {
        Map<String, AttributeValue> key = AttributeValues.checkedItem(exclusiveStartKey);
        if (key.size() != (table.hasSortKey() ? 2 : 1)) {
            throw ApiException.validation("Exclusive Start Key must have same size as table's key schema");
        }
        for (Map.Entry<String, AttributeValue> entry : key.entrySet()) {
            if (table.keyAttribute(entry.getKey()) == null) {
                throw ApiException.validation("The provided starting key is invalid");
            }
            if (!entry.getValue().type().equals(table.keyAttribute(entry.getKey()).type())) {
                throw ApiException.validation("Type mismatch for attribute to update");
            }
        }
        return PrimaryKeys.ofKey(table, key);
    }
}
