package dev.cairn.core.table;

import java.util.List;

/**
 * A secondary index as core keeps it in the catalog.
 *
 * @param number the index's fixed number inside its table (stable, never reused), which names its storage space
 * @param projectionType KEYS_ONLY, INCLUDE or ALL
 * @param nonKeyAttributes the attributes INCLUDE adds, else empty
 * @param status ACTIVE, CREATING, UPDATING or DELETING (local indexes are always ACTIVE)
 */
public record IndexMetadata(String name, IndexKind kind, int number, KeyAttribute partitionKey, KeyAttribute sortKey,
        String projectionType, List<String> nonKeyAttributes, String status, long readCapacity, long writeCapacity) {

    public IndexMetadata {
        nonKeyAttributes = List.copyOf(nonKeyAttributes);
    }
}
