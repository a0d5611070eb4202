package dev.cairn.frontend.embedded;

import dev.cairn.api.Engine;
import dev.cairn.backend.memory.MemoryStorageProvider;
import dev.cairn.core.CairnEngine;
import dev.cairn.frontend.embedded.junit.CairnExtension;
import dev.cairn.spi.storage.StoreConfig;
import java.util.Map;

/** The real engine over a fresh in-memory store, as users of the extension build it. */
final class Engines {

    private Engines() {}

    static Engine inMemory() {
        return new CairnEngine(new MemoryStorageProvider().open(new StoreConfig(null, Map.of())));
    }

    static CairnExtension extension() {
        return CairnExtension.withEngine(Engines::inMemory);
    }
}
