package dev.cairn.core.table;

import java.util.List;

/**
 * A secondary index as core keeps it in the catalog.
 *
 * @param number the index's fixed number inside its table (stable, never reused), which names its storage space
 * @param projectionType KEYS_ONLY, INCLUDE or ALL
 * @param nonKeyAttributes the attributes INCLUDE adds, else empty
 * @param status ACTIVE, CREATING (being backfilled) or DELETING (local indexes are always ACTIVE)
 */
public record IndexMetadata(String name, IndexKind kind, int number, KeyAttribute partitionKey, KeyAttribute sortKey,
        String projectionType, List<String> nonKeyAttributes, String status, long readCapacity, long writeCapacity) {

    public static final String ACTIVE = "ACTIVE";
    public static final String CREATING = "CREATING";

    public IndexMetadata {
        nonKeyAttributes = List.copyOf(nonKeyAttributes);
    }

    public boolean isGlobal() {
        return kind == IndexKind.GLOBAL;
    }

    public boolean projectsAll() {
        return "ALL".equals(projectionType);
    }

    /** Whether an entry of this index carries the named top-level attribute of its item. */
    public boolean projects(TableMetadata table, String attributeName) {
        return projectsAll() || table.keyAttribute(attributeName) != null || keyAttribute(attributeName) != null
                || nonKeyAttributes.contains(attributeName);
    }

    /** The index key attribute with this name, or null. */
    public KeyAttribute keyAttribute(String attributeName) {
        if (partitionKey.name().equals(attributeName)) {
            return partitionKey;
        }
        return sortKey != null && sortKey.name().equals(attributeName) ? sortKey : null;
    }

    public IndexMetadata withStatus(String newStatus) {
        return new IndexMetadata(name, kind, number, partitionKey, sortKey, projectionType, nonKeyAttributes, newStatus,
                readCapacity, writeCapacity);
    }

    public IndexMetadata withThroughput(long read, long write) {
        return new IndexMetadata(name, kind, number, partitionKey, sortKey, projectionType, nonKeyAttributes, status,
                read, write);
    }
}
