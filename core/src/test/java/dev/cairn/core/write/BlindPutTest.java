package dev.cairn.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.api.model.CreateTableRequest;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.backend.memory.MemoryStore;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.ForwardingStore;
import dev.cairn.core.table.Catalog;
import dev.cairn.core.table.Subspaces;
import dev.cairn.spi.storage.StoreConfig;
import dev.cairn.spi.storage.StoreTransaction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A PutItem without a condition or ReturnValues on a table without indexes, on a store with
 * multi-partition transactions, stays one blind write even when it reports its capacity: it reads
 * nothing of the table and opens no store transaction (on a table with indexes it must read the
 * old item to keep them, and then charges the entries it replaces).
 */
class BlindPutTest {

    @Test
    void blindPutReadsNothingOfATableWithoutIndexes() {
        MemoryStore memory = new MemoryStore(new StoreConfig(null, Map.of()));
        WatchedStore store = new WatchedStore(memory);
        try (CairnEngine engine = new CairnEngine(store)) {
            engine.createTable(new CreateTableRequest("plain", List.of(new AttributeDefinition("pk", "S")),
                    List.of(new KeySchemaElement("pk", "HASH")), null, null, "PAY_PER_REQUEST", null, null, null,
                    null, null));
            store.keyspace = Subspaces.tableKeyspace(new Catalog(memory).find("plain").id());
            Map<String, AttributeValue> item = Map.of("pk", new AttributeValue.S("a"), "v", new AttributeValue.S("x".repeat(1500)));
            engine.putItem(new PutItemRequest("plain", item, null, null, null, null, null, null, null, null, null));
            store.tableReads.set(0);
            store.transactions.set(0);

            ConsumedCapacity capacity = engine.putItem(new PutItemRequest("plain", Map.of("pk", new AttributeValue.S("a")),
                    null, null, null, null, "INDEXES", null, null, null, null)).consumedCapacity();

            assertThat(store.tableReads).hasValue(0);
            assertThat(store.transactions).hasValue(0);
            // charged for the new item only: the 2 KB one it replaced is never read
            assertThat(capacity.capacityUnits()).isEqualTo(1.0);
        }
    }

    /** Counts the reads of one keyspace and the store transactions opened. */
    private static final class WatchedStore extends ForwardingStore {
        private final AtomicInteger tableReads = new AtomicInteger();
        private final AtomicInteger transactions = new AtomicInteger();
        private volatile String keyspace;

        WatchedStore(MemoryStore store) {
            super(store);
        }

        @Override
        public byte[] get(String keyspace, byte[] partition, byte[] clustering) {
            if (keyspace.equals(this.keyspace)) {
                tableReads.incrementAndGet();
            }
            return super.get(keyspace, partition, clustering);
        }

        @Override
        public <T> T transact(Function<StoreTransaction, T> body) {
            transactions.incrementAndGet();
            return super.transact(body);
        }
    }
}
