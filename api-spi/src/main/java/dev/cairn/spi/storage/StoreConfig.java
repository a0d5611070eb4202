package dev.cairn.spi.storage;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where and how a store is opened.
 *
 * @param dataDirectory directory for persistent backends; ignored by in-memory ones; may be null for them
 * @param options backend-specific settings by name (for example {@code rocksdb.sync=true}); never null
 */
public record StoreConfig(Path dataDirectory, Map<String, String> options) {

    public StoreConfig {
        options = Map.copyOf(options);
    }

    public static StoreConfig inDirectory(Path dataDirectory) {
        return new StoreConfig(dataDirectory, Map.of());
    }

    /** The named option, or {@code defaultValue} when it is not set. */
    public String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }
}
