package dev.cairn.distribution;

import dev.cairn.api.Engine;
import dev.cairn.core.CairnEngine;
import dev.cairn.frontend.http.HttpConfig;
import dev.cairn.frontend.http.HttpFrontend;
import dev.cairn.spi.storage.StoreConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/** The engine and the HTTP front end in this JVM, as the launcher assembles them, on a free loopback port. */
final class InProcessCairn implements AutoCloseable {

    private final Engine engine;
    private final HttpFrontend http;

    private InProcessCairn(Engine engine, HttpFrontend http) {
        this.engine = engine;
        this.http = http;
    }

    static InProcessCairn start(String backend, Path dataDir) {
        var store = StorageProviders.onClasspath().byName(backend).open(new StoreConfig(dataDir, Map.of()));
        Engine engine = new CairnEngine(store);
        return new InProcessCairn(engine, HttpFrontend.start(engine, HttpConfig.defaults().withPort(0)));
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + http.port());
    }

    @Override
    public void close() {
        http.close();
        engine.close();
    }
}
