package dev.cairn.frontend.embedded;

import dev.cairn.api.ApiException;
import dev.cairn.api.Engine;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeEndpointsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeEndpointsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.TagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * An AWS SDK v2 {@link DynamoDbClient} that calls an {@link Engine} in the same JVM: no port, no
 * HTTP, no serialization — DynamoDB Local's embedded mode, for Cairn.
 *
 * <p>Each call converts the SDK request to Cairn's model, runs it on the engine and converts the
 * answer back, so results and errors are the ones the HTTP front end would have produced: an
 * {@link ApiException} surfaces as the SDK's modeled exception for its type (or a
 * {@link DynamoDbException} carrying the type name as error code), with the same status, error
 * code and message. The SDK's paginators and its waiter work, as they are built on these methods.
 * Operations the engine does not offer throw {@link UnsupportedOperationException}, the
 * interface's default. Unlike a networked client, nothing is retried: every call is one attempt.
 *
 * <p>Thread-safe, like the engine beneath it.
 */
public final class EmbeddedDynamoDbClient implements DynamoDbClient {

    private final Engine engine;
    private final boolean closeEngine;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param engine the engine every call runs on
     * @param closeEngine whether {@link #close()} also closes the engine
     */
    public EmbeddedDynamoDbClient(Engine engine, boolean closeEngine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.closeEngine = closeEngine;
    }

    /** A client over an engine the caller keeps and closes. */
    public static EmbeddedDynamoDbClient over(Engine engine) {
        return new EmbeddedDynamoDbClient(engine, false);
    }

    /** A client that owns the engine: closing the client closes the engine. */
    public static EmbeddedDynamoDbClient owning(Engine engine) {
        return new EmbeddedDynamoDbClient(engine, true);
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    /** The SDK's waiter over this client (the interface's default throws); it polls DescribeTable. */
    @Override
    public DynamoDbWaiter waiter() {
        return DynamoDbWaiter.builder().client(this).build();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && closeEngine) {
            engine.close();
        }
    }

    @Override
    public CreateTableResponse createTable(CreateTableRequest request) {
        return call(() -> TableResponses.toSdk(engine.createTable(TableRequests.toCairn(request))));
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        return call(() -> TableResponses.toSdk(engine.describeTable(TableRequests.toCairn(request))));
    }

    @Override
    public ListTablesResponse listTables(ListTablesRequest request) {
        return call(() -> TableResponses.toSdk(engine.listTables(TableRequests.toCairn(request))));
    }

    @Override
    public DeleteTableResponse deleteTable(DeleteTableRequest request) {
        return call(() -> TableResponses.toSdk(engine.deleteTable(TableRequests.toCairn(request))));
    }

    @Override
    public UpdateTableResponse updateTable(UpdateTableRequest request) {
        return call(() -> TableResponses.toSdk(engine.updateTable(TableRequests.toCairn(request))));
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        return call(() -> ItemResponses.toSdk(engine.putItem(ItemRequests.toCairn(request))));
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        return call(() -> ItemResponses.toSdk(engine.getItem(ItemRequests.toCairn(request))));
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        return call(() -> ItemResponses.toSdk(engine.updateItem(ItemRequests.toCairn(request))));
    }

    @Override
    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        return call(() -> ItemResponses.toSdk(engine.deleteItem(ItemRequests.toCairn(request))));
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        return call(() -> QueryScanResponses.toSdk(engine.query(QueryScanRequests.toCairn(request))));
    }

    @Override
    public ScanResponse scan(ScanRequest request) {
        return call(() -> QueryScanResponses.toSdk(engine.scan(QueryScanRequests.toCairn(request))));
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        return call(() -> BatchResponses.toSdk(engine.batchGetItem(BatchRequests.toCairn(request))));
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        return call(() -> BatchResponses.toSdk(engine.batchWriteItem(BatchRequests.toCairn(request))));
    }

    @Override
    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        return call(() -> TransactResponses.toSdk(engine.transactWriteItems(TransactRequests.toCairn(request))));
    }

    @Override
    public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
        return call(() -> TransactResponses.toSdk(engine.transactGetItems(TransactRequests.toCairn(request))));
    }

    @Override
    public TagResourceResponse tagResource(TagResourceRequest request) {
        return call(() -> {
            engine.tagResource(ControlPlaneShapes.toCairn(request));
            return TagResourceResponse.builder().build();
        });
    }

    @Override
    public UntagResourceResponse untagResource(UntagResourceRequest request) {
        return call(() -> {
            engine.untagResource(ControlPlaneShapes.toCairn(request));
            return UntagResourceResponse.builder().build();
        });
    }

    @Override
    public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
        return call(() -> ControlPlaneShapes.toSdk(engine.listTagsOfResource(ControlPlaneShapes.toCairn(request))));
    }

    @Override
    public DescribeLimitsResponse describeLimits(DescribeLimitsRequest request) {
        return call(() -> ControlPlaneShapes.toSdk(engine.describeLimits()));
    }

    @Override
    public DescribeEndpointsResponse describeEndpoints(DescribeEndpointsRequest request) {
        return call(() -> ControlPlaneShapes.toSdk(
                dev.cairn.api.model.DescribeEndpointsResponse.of(ControlPlaneShapes.EMBEDDED_ADDRESS)));
    }

    @Override
    public DescribeContinuousBackupsResponse describeContinuousBackups(DescribeContinuousBackupsRequest request) {
        return call(() -> ControlPlaneShapes.toSdk(engine.describeContinuousBackups(ControlPlaneShapes.toCairn(request))));
    }

    private static <R extends DynamoDbResponse> R call(Supplier<R> operation) {
        String requestId = RequestIds.next();
        try {
            return SdkHttpMetadata.stamp(operation.get(), requestId);
        } catch (ApiException e) {
            throw SdkErrors.toSdk(e, requestId);
        } catch (RuntimeException e) {
            throw SdkErrors.internal(e, requestId);
        }
    }
}
