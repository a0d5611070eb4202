package dev.cairn.backend.rocksdb;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.cairn.spi.storage.StorageProvider;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreConfig;

/** Opens {@link RocksDbStore}s: the backend named {@code rocksdb}, Cairn's embedded default. */
@ServiceProvider(StorageProvider.class)
public final class RocksDbStorageProvider implements StorageProvider {

    @Override
    public String name() {
        return "rocksdb";
    }

    @Override
    public Store open(StoreConfig config) {
        return RocksDbStore.open(config);
    }
}
