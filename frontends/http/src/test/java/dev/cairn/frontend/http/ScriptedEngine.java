package dev.cairn.frontend.http;

import dev.cairn.api.Engine;
import dev.cairn.api.model.BatchGetItemRequest;
import dev.cairn.api.model.BatchGetItemResponse;
import dev.cairn.api.model.BatchWriteItemRequest;
import dev.cairn.api.model.BatchWriteItemResponse;
import dev.cairn.api.model.CreateTableRequest;
import dev.cairn.api.model.CreateTableResponse;
import dev.cairn.api.model.DeleteItemRequest;
import dev.cairn.api.model.DeleteItemResponse;
import dev.cairn.api.model.DeleteTableRequest;
import dev.cairn.api.model.DeleteTableResponse;
import dev.cairn.api.model.DescribeTableRequest;
import dev.cairn.api.model.DescribeTableResponse;
import dev.cairn.api.model.GetItemRequest;
import dev.cairn.api.model.GetItemResponse;
import dev.cairn.api.model.ListTablesRequest;
import dev.cairn.api.model.ListTablesResponse;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.PutItemResponse;
import dev.cairn.api.model.QueryRequest;
import dev.cairn.api.model.QueryResponse;
import dev.cairn.api.model.ScanRequest;
import dev.cairn.api.model.ScanResponse;
import dev.cairn.api.model.UpdateItemRequest;
import dev.cairn.api.model.UpdateItemResponse;
import dev.cairn.api.model.UpdateTableRequest;
import dev.cairn.api.model.UpdateTableResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A test double of the engine only: it records the request it was given and answers with whatever
 * the test scripted (a response, or a thrown exception). It tests the wire, not DynamoDB semantics.
 */
final class ScriptedEngine implements Engine {

    private final AtomicReference<Object> lastRequest = new AtomicReference<>();
    private final AtomicReference<String> lastThread = new AtomicReference<>();
    private final AtomicReference<Boolean> lastCallDeferred = new AtomicReference<>();
    private final ThreadLocal<Boolean> deferring = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private volatile boolean servesWithoutBlocking;
    private volatile boolean servesWritesWithoutBlocking;
    private volatile CompletionStage<Void> durable = CompletableFuture.completedStage(null);
    private volatile Function<Object, Object> answer = request -> {
        throw new IllegalStateException("no answer scripted");
    };

    /** Answers every call with this response. */
    ScriptedEngine answer(Object response) {
        this.answer = request -> response;
        return this;
    }

    /** Answers every call by throwing this exception. */
    ScriptedEngine fail(RuntimeException error) {
        this.answer = request -> {
            throw error;
        };
        return this;
    }

    /** Answers with a function of the request, e.g. to echo it or to block. */
    ScriptedEngine answerWith(Function<Object, Object> answer) {
        this.answer = answer;
        return this;
    }

    /** Accepts reads offered through {@link #withoutBlocking} (true) or declines them all (false, the default). */
    ScriptedEngine servesWithoutBlocking(boolean serves) {
        this.servesWithoutBlocking = serves;
        return this;
    }

    /** Accepts writes offered through {@link #writeWithoutBlocking} (true) or declines them all (false, the default). */
    ScriptedEngine servesWritesWithoutBlocking(boolean serves) {
        this.servesWritesWithoutBlocking = serves;
        return this;
    }

    /** What {@link #durable()} answers from now on: a completed stage unless scripted. */
    ScriptedEngine durableWhen(CompletionStage<Void> durable) {
        this.durable = durable;
        return this;
    }

    /** Whether the last call ran inside {@link #deferringDurability}. */
    boolean lastCallDeferred() {
        return lastCallDeferred.get();
    }

    @Override
    public <T> T deferringDurability(Supplier<T> call) {
        deferring.set(Boolean.TRUE);
        try {
            return call.get();
        } finally {
            deferring.set(Boolean.FALSE);
        }
    }

    @Override
    public CompletionStage<Void> durable() {
        return durable;
    }

    /** The name of the thread that made the last call. */
    String lastThread() {
        return lastThread.get();
    }

    @Override
    public <T> Optional<T> withoutBlocking(Supplier<T> read) {
        return servesWithoutBlocking ? Optional.of(read.get()) : Optional.empty();
    }

    @Override
    public <T> Optional<T> writeWithoutBlocking(Supplier<T> write) {
        return servesWritesWithoutBlocking ? Optional.of(write.get()) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    <T> T lastRequest() {
        return (T) lastRequest.get();
    }

    @SuppressWarnings("unchecked")
    private <T> T respond(Object request) {
        lastRequest.set(request);
        lastThread.set(Thread.currentThread().getName());
        lastCallDeferred.set(deferring.get());
        return (T) answer.apply(request);
    }

    @Override public CreateTableResponse createTable(CreateTableRequest request) { return respond(request); }
    @Override public DescribeTableResponse describeTable(DescribeTableRequest request) { return respond(request); }
    @Override public ListTablesResponse listTables(ListTablesRequest request) { return respond(request); }
    @Override public DeleteTableResponse deleteTable(DeleteTableRequest request) { return respond(request); }
    @Override public UpdateTableResponse updateTable(UpdateTableRequest request) { return respond(request); }
    @Override public PutItemResponse putItem(PutItemRequest request) { return respond(request); }
    @Override public GetItemResponse getItem(GetItemRequest request) { return respond(request); }
    @Override public UpdateItemResponse updateItem(UpdateItemRequest request) { return respond(request); }
    @Override public DeleteItemResponse deleteItem(DeleteItemRequest request) { return respond(request); }
    @Override public QueryResponse query(QueryRequest request) { return respond(request); }
    @Override public ScanResponse scan(ScanRequest request) { return respond(request); }
    @Override public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) { return respond(request); }
    @Override public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) { return respond(request); }
    @Override public dev.cairn.api.model.TransactWriteItemsResponse transactWriteItems(dev.cairn.api.model.TransactWriteItemsRequest request) { return respond(request); }
    @Override public dev.cairn.api.model.TransactGetItemsResponse transactGetItems(dev.cairn.api.model.TransactGetItemsRequest request) { return respond(request); }

    @Override
    public void close() {}
}
