package dev.cairn.frontend.http;

import dev.cairn.api.model.ListTablesResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * A front end that each test starts with its own configuration, on a free port, over a
 * {@link ScriptedEngine} that answers ListTables with one table, {@code t}; stopped after the test.
 */
abstract class ConfiguredServer {

    protected final ScriptedEngine engine = new ScriptedEngine().answer(new ListTablesResponse(List.of("t"), null));
    private HttpFrontend server;

    /** Starts the server with this configuration on a free port; returns the port. */
    protected int start(HttpConfig config) {
        server = HttpFrontend.start(engine, config.withPort(0));
        return server.port();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }
}
