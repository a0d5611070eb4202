package dev.cairn.core.table;

/** Local indexes share the table's partition; global ones have their own keyspace. */
public enum IndexKind {
    LOCAL,
    GLOBAL
}
