package dev.cairn.tck.runner.api;

import dev.cairn.api.Engine;
import dev.cairn.frontend.embedded.EmbeddedDynamoDbClient;
import dev.cairn.frontend.http.HttpConfig;
import dev.cairn.frontend.http.HttpFrontend;
import java.net.URI;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The client half of a combination: how the SDK's {@link DynamoDbClient} reaches the engine. In
 * process through the embedded client, or through the real HTTP front end on a loopback port, where
 * the SDK serializes, signs and sends every request as it would to DynamoDB.
 */
enum FrontEnd {
    EMBEDDED {
        @Override
        Connection connect(Engine engine) {
            return new Connection(EmbeddedDynamoDbClient.over(engine), () -> {});
        }
    },
    HTTP {
        @Override
        Connection connect(Engine engine) {
            HttpFrontend frontend = HttpFrontend.start(engine, HttpConfig.defaults().withHost("127.0.0.1").withPort(0));
            DynamoDbClient client = SdkClients.pointedAt(URI.create("http://127.0.0.1:" + frontend.port()));
            return new Connection(client, frontend::close);
        }
    };

    /** A client to the engine; closing the connection closes the client and whatever serves it, not the engine. */
    abstract Connection connect(Engine engine);

    /** A client and what stops the front end behind it. */
    record Connection(DynamoDbClient client, Runnable stopFrontEnd) implements AutoCloseable {

        @Override
        public void close() {
            client.close();
            stopFrontEnd.run();
        }
    }
}
