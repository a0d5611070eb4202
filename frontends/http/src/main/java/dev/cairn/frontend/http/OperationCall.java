package dev.cairn.frontend.http;

import dev.cairn.api.ApiException;
import dev.cairn.api.Engine;
import dev.cairn.frontend.http.json.JsonWireCodec;
import dev.cairn.frontend.http.json.Operation;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one operation on a worker thread and turns every outcome into a wire response: the
 * answer, DynamoDB's error envelope for an {@link ApiException} (rendered here and nowhere else),
 * or a generic InternalServerError for anything unexpected — logged once with the request id, so
 * a stack trace never reaches the wire.
 */
final class OperationCall {

    private static final Logger LOG = LoggerFactory.getLogger(OperationCall.class);
    static final String INTERNAL_ERROR_MESSAGE = "Internal server error";

    private final JsonWireCodec codec;
    private final Engine engine;

    OperationCall(JsonWireCodec codec, Engine engine) {
        this.codec = codec;
        this.engine = engine;
    }

    WireResponse serve(Operation<?, ?> operation, byte[] body, String requestId) {
        try {
            return new WireResponse(HttpResponseStatus.OK, WireResponse.AMZ_JSON, operation.serve(codec, engine, body));
        } catch (ApiException e) {
            return error(e);
        } catch (RuntimeException | Error e) {
            LOG.error("{} failed unexpectedly; request id {}", operation.name(), requestId, e);
            return error(ApiException.internal(INTERNAL_ERROR_MESSAGE));
        }
    }

    /**
     * Serves an operation that may write without waiting for its writes to be durable, and passes
     * its response to {@code answer} once they are ({@link Engine#durable()}), on whichever thread
     * that happens: the caller must not answer its client sooner. If making them durable fails,
     * the answer is an InternalServerError: the writes may or may not survive a machine crash.
     */
    void serveDurably(Operation<?, ?> operation, byte[] body, String requestId, Consumer<WireResponse> answer) {
        WireResponse response = engine.deferringDurability(() -> serve(operation, body, requestId));
        answerWhenDurable(operation, response, requestId, answer);
    }

    /**
     * Tries a single-item write on a thread that must not block ({@link Engine#writeWithoutBlocking}):
     * true when it was served, and {@code answer} will be called once it is durable; false when it
     * would have waited, nothing was written, and the caller runs it where blocking is allowed.
     */
    boolean serveDurablyWithoutBlocking(Operation<?, ?> operation, byte[] body, String requestId,
            Consumer<WireResponse> answer) {
        Optional<WireResponse> response =
                engine.deferringDurability(() -> serveWithoutBlocking(operation, body, requestId, engine::writeWithoutBlocking));
        response.ifPresent(served -> answerWhenDurable(operation, served, requestId, answer));
        return response.isPresent();
    }

    private void answerWhenDurable(Operation<?, ?> operation, WireResponse response, String requestId,
            Consumer<WireResponse> answer) {
        engine.durable().whenComplete((durable, failure) -> {
            try {
                if (failure == null) {
                    answer.accept(response);
                } else {
                    LOG.error("{} could not be made durable; request id {}", operation.name(), requestId, failure);
                    answer.accept(error(ApiException.internal(INTERNAL_ERROR_MESSAGE)));
                }
            } catch (Throwable unanswered) { // the stage would keep it where no one looks
                LOG.error("{} could not be answered; request id {}", operation.name(), requestId, unanswered);
            }
        });
    }

    /**
     * A worker's task that never ends by throwing: whatever escapes it (an Error while serving, a
     * failure of the engine's durability call) is logged with the request id and answered as an
     * InternalServerError, so the client is not left waiting and nothing dies unlogged on a worker.
     */
    Runnable guarded(Operation<?, ?> operation, String requestId, Runnable task, Consumer<WireResponse> answer) {
        return () -> {
            try {
                task.run();
            } catch (Throwable escaped) {
                LOG.error("{} failed on a worker; request id {}", operation.name(), requestId, escaped);
                answer.accept(error(ApiException.internal(INTERNAL_ERROR_MESSAGE)));
            }
        };
    }

    /**
     * Serves a read on the calling thread if the engine can answer it without blocking
     * ({@link Engine#withoutBlocking}); empty means "run {@link #serve} on a worker instead".
     */
    Optional<WireResponse> serveWithoutBlocking(Operation<?, ?> operation, byte[] body, String requestId) {
        return serveWithoutBlocking(operation, body, requestId, engine::withoutBlocking);
    }

    /** Serves through one of the engine's non-blocking modes (reads or writes). */
    private Optional<WireResponse> serveWithoutBlocking(Operation<?, ?> operation, byte[] body, String requestId,
            Function<Supplier<byte[]>, Optional<byte[]>> mode) {
        try {
            return mode.apply(() -> operation.serve(codec, engine, body))
                    .map(bytes -> new WireResponse(HttpResponseStatus.OK, WireResponse.AMZ_JSON, bytes));
        } catch (ApiException e) {
            return Optional.of(error(e));
        } catch (RuntimeException | Error e) {
            LOG.error("{} failed unexpectedly; request id {}", operation.name(), requestId, e);
            return Optional.of(error(ApiException.internal(INTERNAL_ERROR_MESSAGE)));
        }
    }

    WireResponse error(ApiException error) {
        return new WireResponse(HttpResponseStatus.valueOf(error.code().httpStatus()), WireResponse.AMZ_JSON,
                codec.writeError(error));
    }
}
