package dev.cairn.distribution.concurrency;

import dev.cairn.backend.memory.MemoryStore;
import dev.cairn.backend.rocksdb.RocksDbStore;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreConfig;
import java.nio.file.Path;
import java.util.Map;

/**
 * The two ways core runs a multi-item transaction, each on the store that takes it: RocksDB's own
 * serializable multi-partition transactions, and core's prepare/commit protocol over the memory
 * store with its multi-partition transactions switched off.
 */
enum TransactionRoute {
    ROCKSDB_NATIVE(true),
    MEMORY_PREPARE_COMMIT(false);

    private final boolean nativeTransactions;

    TransactionRoute(boolean nativeTransactions) {
        this.nativeTransactions = nativeTransactions;
    }

    /** Whether the store must declare multi-partition transactions for this route. */
    boolean nativeTransactions() {
        return nativeTransactions;
    }

    /** A fresh store for this route; RocksDB's lives in {@code directory}, with its default options. */
    Store open(Path directory) {
        return switch (this) {
            case ROCKSDB_NATIVE -> RocksDbStore.open(new StoreConfig(directory, Map.of()));
            case MEMORY_PREPARE_COMMIT -> new MemoryStore(
                    new StoreConfig(null, Map.of(MemoryStore.MULTI_PARTITION_TRANSACTIONS, "false")));
        };
    }
}
