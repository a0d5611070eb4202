package dev.cairn.core.transaction;

import dev.cairn.backend.memory.MemoryStore;
import dev.cairn.backend.rocksdb.RocksDbStore;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The stores transactions are tested on: memory with native multi-partition transactions (path a),
 * memory without them (core's own protocol, path b), and RocksDB (path a, persistent).
 */
enum TransactionBackend {
    MEMORY_NATIVE(true),
    MEMORY_PREPARE_COMMIT(false),
    ROCKSDB(true);

    private final boolean nativeTransactions;

    TransactionBackend(boolean nativeTransactions) {
        this.nativeTransactions = nativeTransactions;
    }

    boolean nativeTransactions() {
        return nativeTransactions;
    }

    /** Opens a fresh store; RocksDB's lives in {@code directory}. */
    Store open(Path directory) {
        return switch (this) {
            case MEMORY_NATIVE -> new MemoryStore(new StoreConfig(null, Map.of()));
            case MEMORY_PREPARE_COMMIT -> new MemoryStore(
                    new StoreConfig(null, Map.of(MemoryStore.MULTI_PARTITION_TRANSACTIONS, "false")));
            case ROCKSDB -> RocksDbStore.open(new StoreConfig(directory, Map.of("rocksdb.sync", "false")));
        };
    }

    static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("cairn-txn-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void cleanUp(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
