package dev.cairn.core.index;

/**
 * One row to write or delete in a global secondary index's keyspace.
 *
 * @param value the projected entry to store, or null to delete the row
 */
public record IndexRowChange(String keyspace, byte[] partition, byte[] clustering, byte[] value) {}
