package dev.cairn.core.table;

import java.util.List;

/**
 * What the catalog knows of one table. Immutable: a change writes a new version to the catalog.
 *
 * @param id unique for the table's life; a table recreated under the same name gets a new id, so its
 *     storage never meets the old table's rows
 * @param attributeDefinitions every defined attribute, by name and type, in the order given
 * @param sortKey null for a table with a partition key only
 * @param billingMode PROVISIONED or PAY_PER_REQUEST
 * @param readCapacity provisioned read units (0 on demand)
 * @param writeCapacity provisioned write units (0 on demand)
 * @param creationMillis creation time, epoch milliseconds
 * @param billingModeChangeMillis when billing last changed to PAY_PER_REQUEST, or 0
 * @param indexes local indexes (numbered 1..5) and global ones (numbered from 1), in creation order
 * @param nextGlobalIndexNumber the number the next global index gets: a number, and so an index keyspace, is
 *     never reused within a table, so a late write for a deleted index can never land in a new one
 */
public record TableMetadata(String name, String id, String status, List<KeyAttribute> attributeDefinitions,
        KeyAttribute partitionKey, KeyAttribute sortKey, String billingMode, long readCapacity, long writeCapacity,
        long creationMillis, long billingModeChangeMillis, boolean deletionProtection, List<IndexMetadata> indexes,
        int nextGlobalIndexNumber) {

    public TableMetadata {
        attributeDefinitions = List.copyOf(attributeDefinitions);
        indexes = List.copyOf(indexes);
    }

    /** A table whose next global index number follows its highest one (as catalog format 1 implies). */
    public TableMetadata(String name, String id, String status, List<KeyAttribute> attributeDefinitions,
            KeyAttribute partitionKey, KeyAttribute sortKey, String billingMode, long readCapacity, long writeCapacity,
            long creationMillis, long billingModeChangeMillis, boolean deletionProtection, List<IndexMetadata> indexes) {
        this(name, id, status, attributeDefinitions, partitionKey, sortKey, billingMode, readCapacity, writeCapacity,
                creationMillis, billingModeChangeMillis, deletionProtection, indexes, 1 + indexes.stream()
                        .filter(IndexMetadata::isGlobal).mapToInt(IndexMetadata::number).max().orElse(0));
    }

    public boolean hasSortKey() {
        return sortKey != null;
    }

    /** The key attribute with this name, or null if the name is not part of the table's key. */
    public KeyAttribute keyAttribute(String attributeName) {
        if (partitionKey.name().equals(attributeName)) {
            return partitionKey;
        }
        return sortKey != null && sortKey.name().equals(attributeName) ? sortKey : null;
    }

    public IndexMetadata index(String indexName) {
        for (IndexMetadata index : indexes) {
            if (index.name().equals(indexName)) {
                return index;
            }
        }
        return null;
    }

    public TableMetadata withStatus(String newStatus) {
        return new TableMetadata(name, id, newStatus, attributeDefinitions, partitionKey, sortKey, billingMode,
                readCapacity, writeCapacity, creationMillis, billingModeChangeMillis, deletionProtection, indexes, nextGlobalIndexNumber);
    }

    public TableMetadata withBilling(String newBillingMode, long read, long write, long changeMillis) {
        return new TableMetadata(name, id, status, attributeDefinitions, partitionKey, sortKey, newBillingMode,
                read, write, creationMillis, changeMillis, deletionProtection, indexes, nextGlobalIndexNumber);
    }

    public TableMetadata withDeletionProtection(boolean enabled) {
        return new TableMetadata(name, id, status, attributeDefinitions, partitionKey, sortKey, billingMode,
                readCapacity, writeCapacity, creationMillis, billingModeChangeMillis, enabled, indexes, nextGlobalIndexNumber);
    }

    /** The same table with other indexes and attribute definitions (which must cover exactly the keys). */
    public TableMetadata withIndexes(List<IndexMetadata> newIndexes, List<KeyAttribute> definitions, int nextNumber) {
        return new TableMetadata(name, id, status, definitions, partitionKey, sortKey, billingMode, readCapacity,
                writeCapacity, creationMillis, billingModeChangeMillis, deletionProtection, newIndexes, nextNumber);
    }

    /** The same table with one index replaced by another of the same name. */
    public TableMetadata withIndex(IndexMetadata replacement) {
        List<IndexMetadata> replaced = new java.util.ArrayList<>(indexes.size());
        for (IndexMetadata index : indexes) {
            replaced.add(index.name().equals(replacement.name()) ? replacement : index);
        }
        return withIndexes(replaced, attributeDefinitions, nextGlobalIndexNumber);
    }
}
