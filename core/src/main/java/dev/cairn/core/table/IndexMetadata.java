package dev.cairn.core.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A secondary index as core keeps it in the catalog. A global index's partition key and sort key
 * may each be several attributes (DynamoDB's multi-attribute keys, up to 4 each), kept in key
 * schema order; a local index and a classic global index have one of each (the sort key optional
 * for a global one).
 *
 * @param number the index's fixed number inside its table (stable, never reused), which names its storage space
 * @param partitionKeys the HASH attributes in key schema order, at least one
 * @param sortKeys the RANGE attributes in key schema order, possibly none
 * @param projectionType KEYS_ONLY, INCLUDE or ALL
 * @param nonKeyAttributes the attributes INCLUDE adds, else empty
 * @param status ACTIVE, CREATING (being backfilled) or DELETING (local indexes are always ACTIVE)
 */
public record IndexMetadata(String name, IndexKind kind, int number, List<KeyAttribute> partitionKeys,
        List<KeyAttribute> sortKeys, String projectionType, List<String> nonKeyAttributes, String status,
        long readCapacity, long writeCapacity) {

    public static final String ACTIVE = "ACTIVE";
    public static final String CREATING = "CREATING";

    public IndexMetadata {
        partitionKeys = List.copyOf(partitionKeys);
        sortKeys = List.copyOf(sortKeys);
        nonKeyAttributes = List.copyOf(nonKeyAttributes);
        if (partitionKeys.isEmpty()) {
            throw new IllegalArgumentException("an index needs a partition key: " + name);
        }
    }

    /** An index with a single-attribute partition key and at most one sort key attribute (null for none). */
    public IndexMetadata(String name, IndexKind kind, int number, KeyAttribute partitionKey, KeyAttribute sortKey,
            String projectionType, List<String> nonKeyAttributes, String status, long readCapacity,
            long writeCapacity) {
        this(name, kind, number, List.of(partitionKey), sortKey == null ? List.of() : List.of(sortKey),
                projectionType, nonKeyAttributes, status, readCapacity, writeCapacity);
    }

    /** The first partition key attribute (the only one unless {@link #multiAttribute()}). */
    public KeyAttribute partitionKey() {
        return partitionKeys.get(0);
    }

    /** The first sort key attribute, or null when the index has none. */
    public KeyAttribute sortKey() {
        return sortKeys.isEmpty() ? null : sortKeys.get(0);
    }

    /** Whether the partition key or the sort key has more than one attribute. */
    public boolean multiAttribute() {
        return partitionKeys.size() > 1 || sortKeys.size() > 1;
    }

    /** Every key attribute of the index: partition key attributes, then sort key attributes. */
    public List<KeyAttribute> keyAttributes() {
        List<KeyAttribute> all = new ArrayList<>(partitionKeys.size() + sortKeys.size());
        all.addAll(partitionKeys);
        all.addAll(sortKeys);
        return all;
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
        for (KeyAttribute attribute : partitionKeys) {
            if (attribute.name().equals(attributeName)) {
                return attribute;
            }
        }
        for (KeyAttribute attribute : sortKeys) {
            if (attribute.name().equals(attributeName)) {
                return attribute;
            }
        }
        return null;
    }

    public IndexMetadata withStatus(String newStatus) {
        return new IndexMetadata(name, kind, number, partitionKeys, sortKeys, projectionType, nonKeyAttributes,
                newStatus, readCapacity, writeCapacity);
    }

    public IndexMetadata withThroughput(long read, long write) {
        return new IndexMetadata(name, kind, number, partitionKeys, sortKeys, projectionType, nonKeyAttributes, status,
                read, write);
    }
}
