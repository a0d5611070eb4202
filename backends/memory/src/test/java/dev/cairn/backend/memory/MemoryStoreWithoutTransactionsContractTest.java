package dev.cairn.backend.memory;

import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreConfig;
import dev.cairn.tck.storage.StoreContractSuite;
import java.util.Map;

/**
 * The reference backend with multi-partition transactions switched off, the fixture core uses to
 * exercise its own cross-partition protocols: every required primitive still holds, and
 * {@code transact} refuses.
 */
class MemoryStoreWithoutTransactionsContractTest extends StoreContractSuite {

    @Override
    protected Store openStore() {
        return new MemoryStorageProvider()
                .open(new StoreConfig(null, Map.of(MemoryStore.MULTI_PARTITION_TRANSACTIONS, "false")));
    }
}
