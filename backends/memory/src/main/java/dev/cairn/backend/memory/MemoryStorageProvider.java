package dev.cairn.backend.memory;

import aQute.bnd.annotation.spi.ServiceProvider;
import dev.cairn.spi.storage.StorageProvider;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreConfig;

/**
 * Opens {@link MemoryStore}s: the backend named {@code memory}. Each {@link #open} returns a new,
 * empty store; nothing is persisted.
 */
@ServiceProvider(StorageProvider.class)
public final class MemoryStorageProvider implements StorageProvider {

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public Store open(StoreConfig config) {
        return new MemoryStore(config);
    }
}
