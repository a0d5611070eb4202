package dev.cairn.frontend.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * An Error that escapes an operation's handling on a worker — here from the engine's durability
 * call, after the operation was served — is logged and answered as DynamoDB's InternalServerError,
 * instead of killing the task silently and leaving the client without an answer.
 */
class WorkerFailureTest extends ScriptedServer {

    @Test
    void errorEscapingTheDurabilityCallIsAnsweredAsInternalServerError() throws Exception {
        engine.durableWhen(new CompletableFuture<>() {
            @Override
            public CompletableFuture<Void> whenComplete(BiConsumer<? super Void, ? super Throwable> action) {
                throw new OutOfMemoryError("injected");
            }
        });

        RawHttpConnection.Response response = exchange("DynamoDB_20120810.ListTables", "{}".getBytes(), Map.of());

        assertThat(response.status()).isEqualTo(500);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("InternalServerError");
    }
}
