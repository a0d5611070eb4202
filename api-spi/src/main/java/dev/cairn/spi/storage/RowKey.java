package dev.cairn.spi.storage;

/** The position of one row in a keyspace: its partition and clustering key. */
public record RowKey(byte[] partition, byte[] clustering) {}
