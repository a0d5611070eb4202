package dev.cairn.spi.storage;

import java.util.List;

/**
 * An atomic conditional batch inside one partition (see {@link Store#apply}).
 *
 * @param keyspace the keyspace
 * @param partition the one partition every condition and mutation refers to
 * @param conditions what the current rows must be for the batch to apply
 * @param mutations the writes, applied in order
 */
public record PartitionBatch(String keyspace, byte[] partition, List<Condition> conditions, List<Mutation> mutations) {

    public PartitionBatch {
        conditions = List.copyOf(conditions);
        mutations = List.copyOf(mutations);
    }

    /**
     * Requires a row's current value.
     *
     * @param clustering the row
     * @param expectedValue the exact bytes the row must hold, or null when the row must be absent
     */
    public record Condition(byte[] clustering, byte[] expectedValue) {}

    /**
     * Writes a row.
     *
     * @param clustering the row
     * @param value the new value, or null to delete the row
     */
    public record Mutation(byte[] clustering, byte[] value) {}
}
