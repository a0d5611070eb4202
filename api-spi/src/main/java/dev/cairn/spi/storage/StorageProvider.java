package dev.cairn.spi.storage;

/**
 * Opens stores of one backend kind. Implementations are found through {@link java.util.ServiceLoader}
 * on a classpath and through the OSGi service registry under Felix.
 */
public interface StorageProvider {

    /** The backend's short name, as users pass it to {@code --backend}: {@code memory}, {@code rocksdb}. */
    String name();

    /**
     * Opens (creating if needed) a store.
     *
     * @throws StorageException if the store cannot be opened; the message says why
     */
    Store open(StoreConfig config);
}
