package dev.cairn.core;

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
import dev.cairn.api.model.DescribeContinuousBackupsRequest;
import dev.cairn.api.model.DescribeContinuousBackupsResponse;
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
import dev.cairn.core.batch.BatchOperations;
import dev.cairn.core.index.GlobalIndexBuilder;
import dev.cairn.core.index.GlobalIndexOutbox;
import dev.cairn.core.read.ReadOperations;
import dev.cairn.core.table.Catalog;
import dev.cairn.core.table.Subspaces;
import dev.cairn.core.table.TableDescriber;
import dev.cairn.core.table.TableOperations;
import dev.cairn.core.tag.TagOperations;
import dev.cairn.core.transaction.TransactionOperations;
import dev.cairn.core.write.ItemStore;
import dev.cairn.core.write.TableGates;
import dev.cairn.core.write.WriteOperations;
import dev.cairn.spi.storage.DeferredDurability;
import dev.cairn.spi.storage.NonBlockingReads;
import dev.cairn.spi.storage.Store;
import dev.cairn.spi.storage.StoreFeatures;
import dev.cairn.spi.storage.WouldBlockException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The DynamoDB engine over one store. It only wires the operation families together; each family
 * holds its operations' rules.
 */
public final class CairnEngine implements Engine {

    /** The region and account that DynamoDB Local also reports in ARNs. */
    private static final String REGION = "ddblocal";
    private static final String ACCOUNT = "000000000000";

    private final Store store;
    private final TableOperations tables;
    private final TagOperations tags;
    private final WriteOperations writes;
    private final ReadOperations reads;
    private final BatchOperations batches;
    private final GlobalIndexOutbox outbox;
    private final TransactionOperations transactions;
    private final GlobalIndexBuilder indexBuilder;
    private final boolean readsWithoutBlocking;
    private final boolean writesWithoutBlocking;

    public CairnEngine(Store store) {
        this.store = store;
        StoreFeatures features = store.features();
        // Without store transactions, readers may meet the locks of core's own transaction protocol
        // and resolve them by waiting, so reads only skip the worker pool on stores that have them.
        this.readsWithoutBlocking = features.nonBlockingReads() && features.multiPartitionTransactions();
        this.writesWithoutBlocking = readsWithoutBlocking && features.nonBlockingWrites();
        Catalog catalog = new Catalog(store);
        this.outbox = store.features().multiPartitionTransactions() ? null : new GlobalIndexOutbox(store);
        TableGates gates = new TableGates();
        this.indexBuilder = new GlobalIndexBuilder(store, catalog, gates, outbox);
        this.tables = new TableOperations(store, catalog, new TableDescriber(store, REGION, ACCOUNT), Clock.systemUTC(),
                indexBuilder);
        this.tags = new TagOperations(catalog, REGION, ACCOUNT);
        ItemStore items = new ItemStore(store, catalog, gates, outbox);
        if (outbox != null) {
            outbox.recover(catalog.all().stream().map(table -> Subspaces.tableKeyspace(table.id())).toList());
        }
        this.writes = new WriteOperations(tables, items);
        this.reads = new ReadOperations(store, tables, items);
        this.batches = new BatchOperations(tables, items);
        this.transactions = new TransactionOperations(store, tables, catalog, items, gates);
        transactions.recover();
        tables.resumeBackfills();
    }

    @Override
    public <T> Optional<T> withoutBlocking(Supplier<T> read) {
        return readsWithoutBlocking ? attemptWithoutBlocking(read) : Optional.empty();
    }

    /** Writes go through the same non-blocking mode as reads; the store's apply honours it too. */
    @Override
    public <T> Optional<T> writeWithoutBlocking(Supplier<T> write) {
        return writesWithoutBlocking ? attemptWithoutBlocking(write) : Optional.empty();
    }

    private static <T> Optional<T> attemptWithoutBlocking(Supplier<T> call) {
        try {
            return Optional.of(NonBlockingReads.attempt(call));
        } catch (WouldBlockException e) {
            return Optional.empty();
        }
    }

    @Override
    public <T> T deferringDurability(Supplier<T> call) {
        return DeferredDurability.run(call);
    }

    @Override
    public CompletionStage<Void> durable() {
        return store.durable();
    }

    @Override
    public CreateTableResponse createTable(CreateTableRequest request) {
        return tables.createTable(request, () -> TagOperations.tagRowForCreate(request.tags()));
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        return tables.describeTable(request);
    }

    @Override
    public ListTablesResponse listTables(ListTablesRequest request) {
        return tables.listTables(request);
    }

    @Override
    public DeleteTableResponse deleteTable(DeleteTableRequest request) {
        return tables.deleteTable(request);
    }

    @Override
    public UpdateTableResponse updateTable(UpdateTableRequest request) {
        return tables.updateTable(request);
    }

    @Override
    public void tagResource(TagResourceRequest request) {
        tags.tagResource(request);
    }

    @Override
    public void untagResource(UntagResourceRequest request) {
        tags.untagResource(request);
    }

    @Override
    public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
        return tags.listTagsOfResource(request);
    }

    /** Point-in-time recovery is not offered; DynamoDB reports ENABLED continuous backups with PITR DISABLED. */
    @Override
    public DescribeContinuousBackupsResponse describeContinuousBackups(DescribeContinuousBackupsRequest request) {
        return tables.describeContinuousBackups(request);
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        return writes.putItem(request);
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        return reads.getItem(request);
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        return writes.updateItem(request);
    }

    @Override
    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        return writes.deleteItem(request);
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        return reads.query(request);
    }

    @Override
    public ScanResponse scan(ScanRequest request) {
        return reads.scan(request);
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        return batches.batchGetItem(request);
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        return batches.batchWriteItem(request);
    }

    @Override
    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        return transactions.transactWriteItems(request);
    }

    @Override
    public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
        return transactions.transactGetItems(request);
    }

    /**
     * Test hook: waits until global index changes written so far have reached the indexes (they
     * propagate asynchronously on stores without multi-partition transactions); true if they have.
     */
    public boolean awaitIndexPropagation(Duration timeout) throws InterruptedException {
        return outbox == null || outbox.awaitIdle(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        indexBuilder.close();
        if (outbox != null) {
            outbox.close();
        }
        store.close();
    }
}
