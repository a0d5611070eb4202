package dev.cairn.tck.runner.api;

import dev.cairn.backend.memory.MemoryStorageProvider;
import dev.cairn.backend.rocksdb.RocksDbStorageProvider;
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
 * The storage half of a combination: Cairn's own backends, opened fresh for one runner class.
 * RocksDB gets a temporary data directory that is deleted when the store is closed, so runs leave
 * nothing behind and never share data.
 */
enum Backend {
    MEMORY {
        @Override
        OpenedStore open() {
            return new OpenedStore(new MemoryStorageProvider().open(new StoreConfig(null, Map.of())), null);
        }
    },
    ROCKSDB {
        @Override
        OpenedStore open() {
            try {
                Path directory = Files.createTempDirectory("cairn-tck-rocksdb-");
                return new OpenedStore(new RocksDbStorageProvider().open(new StoreConfig(directory, Map.of())), directory);
            } catch (IOException e) {
                throw new UncheckedIOException("no temporary directory for RocksDB", e);
            }
        }
    };

    /** A fresh, empty store. */
    abstract OpenedStore open();

    /** A store and the directory to delete once the store (closed by its engine) is gone; null for none. */
    record OpenedStore(Store store, Path directory) {

        void deleteDirectory() {
            if (directory == null) {
                return;
            }
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete " + directory, e);
            }
        }
    }
}
