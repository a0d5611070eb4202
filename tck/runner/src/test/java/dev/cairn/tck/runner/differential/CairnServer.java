package dev.cairn.tck.runner.differential;

import dev.cairn.backend.memory.MemoryStorageProvider;
import dev.cairn.core.CairnEngine;
import dev.cairn.frontend.http.HttpConfig;
import dev.cairn.frontend.http.HttpFrontend;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreConfig;
import java.net.URI;
import java.util.Map;

/**
 * Cairn as a client meets it: the engine over the memory backend behind the real HTTP front end on
 * a free loopback port, so the comparison covers the wire format as well as the semantics.
 */
final class CairnServer implements AutoCloseable {

    private final CairnEngine engine;
    private final HttpFrontend frontend;

    CairnServer() {
        Store store = new MemoryStorageProvider().open(new StoreConfig(null, Map.of()));
        engine = new CairnEngine(store);
        frontend = HttpFrontend.start(engine, HttpConfig.defaults().withHost("127.0.0.1").withPort(0));
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + frontend.port() + "/");
    }

    @Override
    public void close() throws Exception {
        frontend.close();
        engine.close();
    }
}
