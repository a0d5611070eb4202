package dev.cairn.core.transaction;

import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.CreateTableRequest;
import dev.cairn.api.model.GlobalSecondaryIndex;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.LocalSecondaryIndex;
import dev.cairn.core.CairnEngine;
import dev.cairn.core.ForwardingStore;
import dev.cairn.spi.storage.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A CairnEngine over one backend's store, with tables named per test, and a restart that builds a
 * new engine over the same store object (the old engine is closed without closing the store, as a
 * process that died would leave it).
 */
final class EngineFixture implements AutoCloseable {

    final TransactionBackend backend;
    final Store store;
    private final Path directory;
    private CairnEngine engine;

    EngineFixture(TransactionBackend backend) {
        this.backend = backend;
        this.directory = backend == TransactionBackend.ROCKSDB ? TransactionBackend.temporaryDirectory() : null;
        this.store = backend.open(directory);
        this.engine = new CairnEngine(new Unclosable(store));
    }

    CairnEngine engine() {
        return engine;
    }

    CairnEngine restart() {
        engine.close();
        engine = new CairnEngine(new Unclosable(store));
        return engine;
    }

    /** A new table with a string partition key {@code pk}, named uniquely for this test. */
    String table(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        engine.createTable(new CreateTableRequest(name, List.of(new AttributeDefinition("pk", "S")),
                List.of(new KeySchemaElement("pk", "HASH")), null, null, "PAY_PER_REQUEST", null, null, null, null,
                null));
        return name;
    }

    /** A table keyed by pk and sk (S), with the given indexes on {@code l} and {@code g} (S), if any. */
    String indexedTable(String prefix, List<LocalSecondaryIndex> lsis, List<GlobalSecondaryIndex> gsis) {
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        List<AttributeDefinition> attributes = new ArrayList<>(List.of(new AttributeDefinition("pk", "S"),
                new AttributeDefinition("sk", "S")));
        if (lsis != null || gsis != null) {
            attributes.add(new AttributeDefinition("l", "S"));
            attributes.add(new AttributeDefinition("g", "S"));
        }
        engine.createTable(new CreateTableRequest(name, attributes,
                List.of(new KeySchemaElement("pk", "HASH"), new KeySchemaElement("sk", "RANGE")), lsis, gsis,
                "PAY_PER_REQUEST", null, null, null, null, null));
        return name;
    }

    @Override
    public void close() {
        engine.close();
        store.close();
        TransactionBackend.cleanUp(directory);
    }

    /** The store seen through an engine that must not close it. */
    private static final class Unclosable extends ForwardingStore {
        Unclosable(Store store) {
            super(store);
        }

        @Override
        public void close() {}
    }
}
