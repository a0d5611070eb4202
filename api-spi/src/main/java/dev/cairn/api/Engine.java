package dev.cairn.api;

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
import dev.cairn.api.model.DescribeContinuousBackupsRequest;
import dev.cairn.api.model.DescribeContinuousBackupsResponse;
import dev.cairn.api.model.DescribeLimitsResponse;
import dev.cairn.api.model.DescribeTableRequest;
import dev.cairn.api.model.DescribeTableResponse;
import dev.cairn.api.model.GetItemRequest;
import dev.cairn.api.model.GetItemResponse;
import dev.cairn.api.model.ListTablesRequest;
import dev.cairn.api.model.ListTagsOfResourceRequest;
import dev.cairn.api.model.ListTagsOfResourceResponse;
import dev.cairn.api.model.ListTablesResponse;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.PutItemResponse;
import dev.cairn.api.model.QueryRequest;
import dev.cairn.api.model.QueryResponse;
import dev.cairn.api.model.ScanRequest;
import dev.cairn.api.model.ScanResponse;
import dev.cairn.api.model.TagResourceRequest;
import dev.cairn.api.model.TransactGetItemsRequest;
import dev.cairn.api.model.TransactGetItemsResponse;
import dev.cairn.api.model.TransactWriteItemsRequest;
import dev.cairn.api.model.TransactWriteItemsResponse;
import dev.cairn.api.model.UntagResourceRequest;
import dev.cairn.api.model.UpdateItemRequest;
import dev.cairn.api.model.UpdateItemResponse;
import dev.cairn.api.model.UpdateTableRequest;
import dev.cairn.api.model.UpdateTableResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The DynamoDB API, one method per operation, with DynamoDB's semantics. Front ends and plugins
 * talk to this interface only.
 *
 * <p>Every method validates its whole request and throws {@link ApiException} with DynamoDB's
 * error type and message on bad input, leaving nothing written. Methods may block on storage:
 * callers on an event loop hand them to a worker pool, or first try a read with
 * {@link #withoutBlocking}. All methods are thread-safe.
 */
public interface Engine extends AutoCloseable {

    /**
     * Runs {@code read} — calls of {@link #getItem}, {@link #batchGetItem} or {@link #query} only —
     * on a thread that must not block, such as a network event loop. Returns what it returned, or
     * empty when answering would have meant waiting (for I/O, say): nothing was changed then, and
     * the caller runs the call again where blocking is allowed. API errors are thrown as usual.
     * An engine that cannot tell in advance always answers empty, which is this default.
     */
    default <T> Optional<T> withoutBlocking(Supplier<T> read) {
        return Optional.empty();
    }

    /**
     * As {@link #withoutBlocking}, for {@code write} — calls of {@link #putItem}, {@link #updateItem}
     * or {@link #deleteItem} only — run inside {@link #deferringDurability}: returns what it returned,
     * or empty, having written nothing, when writing would have meant waiting (for a lock held by
     * another writer, a write stall, I/O). The caller still answers only once {@link #durable()}
     * completes. This default always answers empty.
     */
    default <T> Optional<T> writeWithoutBlocking(Supplier<T> write) {
        return Optional.empty();
    }

    /**
     * Runs {@code call} — any engine call — letting storage return from its writes before they are
     * durable, so the calling thread does not wait for the disk. The caller must not answer its
     * client until {@link #durable()}, asked after {@code call} returned or threw, completes: only
     * then are the call's writes as durable as the engine's storage makes them. Meanwhile other
     * callers may already read them. This default runs {@code call} as it is.
     */
    default <T> T deferringDurability(Supplier<T> call) {
        return call.get();
    }

    /**
     * Completes once every write the engine has returned from so far is durable (see
     * {@link #deferringDurability}), or exceptionally if making them durable failed. This default
     * is an engine whose writes are durable when its calls return.
     */
    default CompletionStage<Void> durable() {
        return CompletableFuture.completedStage(null);
    }

    CreateTableResponse createTable(CreateTableRequest request);

    DescribeTableResponse describeTable(DescribeTableRequest request);

    ListTablesResponse listTables(ListTablesRequest request);

    DeleteTableResponse deleteTable(DeleteTableRequest request);

    UpdateTableResponse updateTable(UpdateTableRequest request);

    PutItemResponse putItem(PutItemRequest request);

    GetItemResponse getItem(GetItemRequest request);

    UpdateItemResponse updateItem(UpdateItemRequest request);

    DeleteItemResponse deleteItem(DeleteItemRequest request);

    QueryResponse query(QueryRequest request);

    ScanResponse scan(ScanRequest request);

    BatchGetItemResponse batchGetItem(BatchGetItemRequest request);

    BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request);

    /** Added after the first operations; the default lets older engines and test doubles answer as DynamoDB does for an operation it lacks. */
    default TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        throw ApiException.unknownOperation();
    }

    /** See {@link #transactWriteItems}. */
    default TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
        throw ApiException.unknownOperation();
    }

    /** Tags a table; added after the first operations, so older engines answer that they lack it. */
    default void tagResource(TagResourceRequest request) {
        throw ApiException.notSupported("TagResource");
    }

    /** See {@link #tagResource}. */
    default void untagResource(UntagResourceRequest request) {
        throw ApiException.notSupported("UntagResource");
    }

    /** See {@link #tagResource}. */
    default ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
        throw ApiException.notSupported("ListTagsOfResource");
    }

    /** The account's capacity quotas; DynamoDB's defaults unless an engine enforces others. */
    default DescribeLimitsResponse describeLimits() {
        return DescribeLimitsResponse.dynamoDbDefaults();
    }

    /** A table's backup settings; see {@link #tagResource}. */
    default DescribeContinuousBackupsResponse describeContinuousBackups(DescribeContinuousBackupsRequest request) {
        throw ApiException.notSupported("DescribeContinuousBackups");
    }

    /** Stops background work and closes the store. */
    @Override
    void close();
}
