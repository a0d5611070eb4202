package dev.cairn.core.transaction;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A byte string naming one item of one table, unambiguous by length prefixes. Transactions use it
 * to refuse two actions on one item and to take their locks in one fixed order, the same for every
 * transaction.
 */
final class ItemIdentity {

    private ItemIdentity() {}

    static ByteBuffer of(String keyspace, byte[] partition, byte[] clustering) {
        byte[] name = keyspace.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + name.length + partition.length + clustering.length)
                .putInt(name.length).put(name).putInt(partition.length).put(partition).put(clustering)
                .flip();
    }
}
