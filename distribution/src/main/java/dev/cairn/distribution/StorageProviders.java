package dev.cairn.distribution;

import dev.cairn.spi.storage.StorageProvider;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * Finds a storage backend by the name users pass to {@code --backend}. The classpath decides which
 * backends exist: each backend jar declares its {@link StorageProvider} in {@code META-INF/services}.
 */
final class StorageProviders {

    private final List<StorageProvider> providers;

    private StorageProviders(List<StorageProvider> providers) {
        this.providers = providers;
    }

    static StorageProviders onClasspath() {
        return new StorageProviders(ServiceLoader.load(StorageProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList());
    }

    /** The provider called {@code name}; an unknown name is an error that lists the known ones. */
    StorageProvider byName(String name) {
        return providers.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown backend '" + name + "'; available: "
                        + (providers.isEmpty() ? "none (no storage backend on the classpath)" : String.join(", ", names()))));
    }

    /** Names of the backends on the classpath, sorted. */
    TreeSet<String> names() {
        TreeSet<String> names = new TreeSet<>();
        providers.forEach(p -> names.add(p.name()));
        return names;
    }
}
