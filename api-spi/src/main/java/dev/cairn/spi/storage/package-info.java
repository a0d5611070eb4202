/**
 * The storage SPI: what Cairn asks of a backend, and nothing about DynamoDB.
 *
 * <p>A {@link dev.cairn.spi.storage.Store} holds keyspaces; a keyspace holds partitions identified
 * by bytes; a partition holds rows ordered by their clustering key (bytes, unsigned lexicographic
 * order), each row carrying an opaque value. Core owns every byte: backends never parse keys or
 * values.
 *
 * <p>Every backend gives point reads, ordered range reads inside one partition, segmented resumable
 * full scans and an atomic conditional batch inside one partition. Serializable multi-partition
 * transactions are optional and declared in {@link dev.cairn.spi.storage.StoreFeatures}.
 */
package dev.cairn.spi.storage;
