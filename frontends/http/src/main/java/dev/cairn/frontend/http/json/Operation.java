package dev.cairn.frontend.http.json;

import dev.cairn.api.Engine;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One DynamoDB operation as the wire sees it: the reader of its request, the Engine method that
 * serves it, and the writer of its response.
 *
 * @param name the operation name in {@code X-Amz-Target} ({@code DynamoDB_20120810.<name>})
 */
public record Operation<Q, R>(String name, Function<WireReader, Q> reader, BiFunction<Engine, Q, R> call,
        BiConsumer<JsonOut, R> writer) {

    /**
     * Reads the request, calls the engine and writes its answer. Blocks as long as the engine does.
     *
     * @throws dev.cairn.api.ApiException for a body DynamoDB would reject, or from the engine
     */
    public byte[] serve(JsonWireCodec codec, Engine engine, byte[] body) {
        Q request = codec.read(body, reader);
        R response = call.apply(engine, request);
        return codec.write(response, writer);
    }
}
