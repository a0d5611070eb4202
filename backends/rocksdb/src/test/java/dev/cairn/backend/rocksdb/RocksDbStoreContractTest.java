package dev.cairn.backend.rocksdb;

import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreConfig;
import dev.cairn.tck.storage.StoreContractSuite;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The RocksDB backend, with its default (fsync on every write) settings, keeps the storage contract. */
class RocksDbStoreContractTest extends StoreContractSuite {

    @TempDir
    Path directory;

    @Override
    protected Store openStore() {
        return new RocksDbStorageProvider().open(StoreConfig.inDirectory(directory.resolve("db")));
    }
}
