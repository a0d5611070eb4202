package dev.cairn.frontend.http;

import dev.cairn.api.model.ListTablesResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A front end with the default configuration on a free port, over a {@link ScriptedEngine} that answers ListTables. */
abstract class ScriptedServer {

    protected final ScriptedEngine engine = new ScriptedEngine().answer(new ListTablesResponse(List.of(), null));
    protected HttpFrontend server;

    @BeforeEach
    void startServer() {
        server = HttpFrontend.start(engine, HttpConfig.defaults().withPort(0));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** One POST on a connection of its own, and its answer. */
    protected RawHttpConnection.Response exchange(String target, byte[] body, Map<String, String> headers)
            throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.port())) {
            connection.post(target, body, headers);
            return connection.read();
        }
    }
}
