package dev.cairn.core.index;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.ItemCodec;
import dev.cairn.core.item.ItemSize;
import dev.cairn.core.table.IndexKind;
import dev.cairn.core.table.IndexMetadata;
import dev.cairn.core.table.KeyAttribute;
import dev.cairn.core.table.Subspaces;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.spi.storage.PartitionBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a write to one item changes in the table's secondary indexes. Local index entries live in
 * the item's own partition, so they are returned as mutations of that partition's atomic batch;
 * global index entries live elsewhere and are returned as row changes for the caller to apply in a
 * transaction or through the outbox.
 */
public final class IndexMaintainer {

    private IndexMaintainer() {}

    /**
     * Whether an item's index keys are acceptable on write: each index key attribute the item has is
     * of the declared type, not empty, and within the key size limits; else DynamoDB's
     * ValidationException.
     */
    public static void checkIndexKeys(TableMetadata table, Map<String, AttributeValue> item) {
        if (item == null) {
            return;
        }
        for (IndexMetadata index : table.indexes()) {
            for (KeyAttribute attribute : index.partitionKeys()) {
                checkKey(index, attribute, item, true);
            }
            for (KeyAttribute attribute : index.sortKeys()) {
                checkKey(index, attribute, item, false);
            }
        }
    }

    /** Deletes and puts of local index entries in the base partition. */
    public static List<PartitionBatch.Mutation> localChanges(TableMetadata table, Map<String, AttributeValue> before,
            Map<String, AttributeValue> after) {
        List<PartitionBatch.Mutation> changes = new ArrayList<>(0);
        for (IndexMetadata index : table.indexes()) {
            if (index.kind() != IndexKind.LOCAL) {
                continue;
            }
            byte[] oldKey = IndexEntries.indexed(index, before) ? IndexEntries.localClustering(table, index, before) : null;
            byte[] newKey = IndexEntries.indexed(index, after) ? IndexEntries.localClustering(table, index, after) : null;
            if (oldKey != null && (newKey == null || !Arrays.equals(oldKey, newKey))) {
                changes.add(new PartitionBatch.Mutation(oldKey, null));
            }
            if (newKey != null) {
                changes.add(new PartitionBatch.Mutation(newKey,
                        ItemCodec.encode(IndexEntries.project(table, index, after))));
            }
        }
        return changes;
    }

    /** Deletes and puts of global index entries, in index order. */
    public static List<IndexRowChange> globalChanges(TableMetadata table, Map<String, AttributeValue> before,
            Map<String, AttributeValue> after) {
        List<IndexRowChange> changes = new ArrayList<>(0);
        for (IndexMetadata index : table.indexes()) {
            if (index.kind() == IndexKind.GLOBAL) {
                changes.addAll(globalChanges(table, index, before, after));
            }
        }
        return changes;
    }

    /** The changes to one global index for one item (also what a backfill writes for an existing item). */
    public static List<IndexRowChange> globalChanges(TableMetadata table, IndexMetadata index,
            Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        String keyspace = Subspaces.globalIndexKeyspace(table.id(), index.number());
        List<IndexRowChange> changes = new ArrayList<>(2);
        boolean wasIndexed = IndexEntries.indexed(index, before);
        boolean isIndexed = IndexEntries.indexed(index, after);
        byte[] oldPartition = wasIndexed ? IndexEntries.globalPartition(index, before) : null;
        byte[] oldClustering = wasIndexed ? IndexEntries.globalClustering(table, index, before) : null;
        byte[] newPartition = isIndexed ? IndexEntries.globalPartition(index, after) : null;
        byte[] newClustering = isIndexed ? IndexEntries.globalClustering(table, index, after) : null;
        if (wasIndexed && (!isIndexed || !Arrays.equals(oldPartition, newPartition)
                || !Arrays.equals(oldClustering, newClustering))) {
            changes.add(new IndexRowChange(keyspace, oldPartition, oldClustering, null));
        }
        if (isIndexed) {
            changes.add(new IndexRowChange(keyspace, newPartition, newClustering,
                    ItemCodec.encode(IndexEntries.project(table, index, after))));
        }
        return changes;
    }

    public static boolean hasGlobalIndexes(TableMetadata table) {
        for (IndexMetadata index : table.indexes()) {
            if (index.kind() == IndexKind.GLOBAL) {
                return true;
            }
        }
        return false;
    }

    private static void checkKey(IndexMetadata index, KeyAttribute attribute, Map<String, AttributeValue> item,
            boolean partition) {
        AttributeValue value = item.get(attribute.name());
        if (value == null) {
            return;
        }
        if (!value.type().equals(attribute.type())) {
            throw ApiException.validation("One or more parameter values were invalid: Type mismatch for Index Key "
                    + attribute.name() + " Expected: " + attribute.type() + " Actual: " + value.type()
                    + " IndexName: " + index.name());
        }
        if (IndexEntries.emptyKey(value)) {
            throw ApiException.validation("One or more parameter values are not valid. A value specified for a "
                    + "secondary index key is not supported. The AttributeValue for a key attribute cannot contain an "
                    + "empty " + (value instanceof AttributeValue.S ? "string" : "binary") + " value. IndexName: "
                    + index.name() + ", IndexKey: " + attribute.name());
        }
        int size = ItemSize.ofValue(value);
        if (size > IndexEntries.maxBytes(partition)) {
            // wording: DynamoDB's, as reported in architect/dynalite issue #35 and wellcomecollection/platform #2285
            throw ApiException.validation("One or more parameter values were invalid: Size limit exceeded for Index Key "
                    + attribute.name() + " Actual Size: " + size + " bytes Max Size: " + IndexEntries.maxBytes(partition)
                    + " bytes IndexName: " + index.name());
        }
    }
}
