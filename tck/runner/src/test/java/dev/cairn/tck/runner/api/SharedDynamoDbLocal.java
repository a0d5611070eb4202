package dev.cairn.tck.runner.api;

import dev.cairn.tck.runner.reference.DynamoDbLocalServer;

/**
 * The one DynamoDB Local this JVM's reference runs share: it takes seconds to start, and the
 * suites need no fresh server because every test names its own tables. Started on first use,
 * stopped when the JVM exits.
 */
final class SharedDynamoDbLocal {

    private static DynamoDbLocalServer server;

    private SharedDynamoDbLocal() {}

    static synchronized DynamoDbLocalServer get() {
        if (server == null) {
            DynamoDbLocalServer started = DynamoDbLocalServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "dynamodb-local-stop"));
            server = started;
        }
        return server;
    }
}
