package dev.cairn.core.write;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.ItemCodec;
import dev.cairn.core.table.StorageKey;
import dev.cairn.core.table.Subspaces;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.spi.storage.PartitionBatch;
import dev.cairn.spi.storage.StorageException;
import dev.cairn.spi.storage.Store;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes whole items of a table. A write reads the current item, applies the mutation
 * and stores the result with a compare-and-set on the bytes it read, retrying when a concurrent
 * writer changed the item in between; so each write is atomic and linearizable per item on any
 * backend that gives the SPI's conditional batch.
 */
public final class ItemStore {

    private static final int MAX_ATTEMPTS = 10_000;

    private final Store store;

    public ItemStore(Store store) {
        this.store = store;
    }

    /** The item at a key, or null. */
    public Map<String, AttributeValue> read(TableMetadata table, StorageKey key) {
        byte[] bytes = store.get(Subspaces.tableKeyspace(table.id()), key.partition(), key.clustering());
        return bytes == null ? null : ItemCodec.decode(bytes);
    }

    /** Applies a mutation to one item atomically. */
    public WriteOutcome write(TableMetadata table, StorageKey key, ItemMutation mutation) {
        String keyspace = Subspaces.tableKeyspace(table.id());
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            byte[] currentBytes = store.get(keyspace, key.partition(), key.clustering());
            Map<String, AttributeValue> current = currentBytes == null ? null : ItemCodec.decode(currentBytes);
            Map<String, AttributeValue> next = mutation.apply(current);
            if (next == null && current == null) {
                return new WriteOutcome(null, null);
            }
            byte[] nextBytes = next == null ? null : ItemCodec.encode(next);
            boolean applied = store.apply(new PartitionBatch(keyspace, key.partition(),
                    List.of(new PartitionBatch.Condition(key.clustering(), currentBytes)),
                    List.of(new PartitionBatch.Mutation(key.clustering(), nextBytes))));
            if (applied) {
                return new WriteOutcome(current, next);
            }
            Thread.onSpinWait();
        }
        throw StorageException.temporary("Item kept changing under " + MAX_ATTEMPTS + " attempts to write it", null);
    }

    /** Stores an item whatever is there now: the unconditional PutItem that needs no old image. */
    public void overwrite(TableMetadata table, StorageKey key, Map<String, AttributeValue> item) {
        store.apply(new PartitionBatch(Subspaces.tableKeyspace(table.id()), key.partition(), List.of(),
                List.of(new PartitionBatch.Mutation(key.clustering(), ItemCodec.encode(item)))));
    }
}
