package dev.cairn.backend.memory;

import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreConfig;
import dev.cairn.tck.storage.StoreContractSuite;
import java.util.Map;

/** The reference backend keeps the whole storage contract, multi-partition transactions included. */
class MemoryStoreContractTest extends StoreContractSuite {

    @Override
    protected Store openStore() {
        return new MemoryStorageProvider().open(new StoreConfig(null, Map.of()));
    }
}
