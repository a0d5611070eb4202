package com.example.sortedstore;

import dev.cairn.spi.storage.StorageProvider;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreConfig;

/**
 * The entry point Cairn finds through {@link java.util.ServiceLoader} (see
 * {@code META-INF/services/dev.cairn.spi.storage.StorageProvider}), so {@code --backend sorted-map}
 * selects this store. It keeps nothing on disk, so the data directory and options are ignored.
 */
public final class SortedMapStorageProvider implements StorageProvider {

    @Override
    public String name() {
        return "sorted-map";
    }

    @Override
    public Store open(StoreConfig config) {
        return new SortedMapStore();
    }
}
