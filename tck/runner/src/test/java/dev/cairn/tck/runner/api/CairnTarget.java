package dev.cairn.tck.runner.api;

import dev.cairn.core.CairnEngine;
import dev.cairn.tck.api.ApiCapabilities;
import dev.cairn.tck.api.ApiTarget;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One backend × front end combination, running: a fresh store, Cairn's engine on it, and a client
 * through the front end. A runner class starts one for all its tests (the suites keep each test in
 * its own tables) and closes it at the end: client and front end first, then engine and store.
 */
final class CairnTarget implements ApiTarget, AutoCloseable {

    private final Backend.OpenedStore store;
    private final CairnEngine engine;
    private final FrontEnd.Connection connection;

    private CairnTarget(Backend.OpenedStore store, CairnEngine engine, FrontEnd.Connection connection) {
        this.store = store;
        this.engine = engine;
        this.connection = connection;
    }

    static CairnTarget start(Backend backend, FrontEnd frontEnd) {
        Backend.OpenedStore store = backend.open();
        CairnEngine engine = new CairnEngine(store.store());
        return new CairnTarget(store, engine, frontEnd.connect(engine));
    }

    @Override
    public DynamoDbClient client() {
        return connection.client();
    }

    @Override
    public ApiCapabilities capabilities() {
        return CairnCapabilities.today();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } finally {
            engine.close();
            store.deleteDirectory();
        }
    }
}
