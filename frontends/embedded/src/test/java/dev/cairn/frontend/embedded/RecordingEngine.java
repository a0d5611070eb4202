package dev.cairn.frontend.embedded;

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
import dev.cairn.api.model.TransactGetItemsRequest;
import dev.cairn.api.model.TransactGetItemsResponse;
import dev.cairn.api.model.TransactWriteItemsRequest;
import dev.cairn.api.model.TransactWriteItemsResponse;
import dev.cairn.api.model.UpdateItemRequest;
import dev.cairn.api.model.UpdateItemResponse;
import dev.cairn.api.model.UpdateTableRequest;
import dev.cairn.api.model.UpdateTableResponse;

/**
 * The real in-memory engine, remembering the last request it was handed and how often it was
 * closed: lets a test pin exactly what the converters deliver even where the engine then declines
 * (legacy parameters, secondary indexes), and who owns the engine.
 */
final class RecordingEngine implements Engine {

    private final Engine engine = Engines.inMemory();
    private volatile Object lastRequest;
    private volatile int closes;

    <T> T last(Class<T> type) {
        return type.cast(lastRequest);
    }

    int closes() {
        return closes;
    }

    private <T> T record(T request) {
        lastRequest = request;
        return request;
    }

    @Override
    public void close() {
        closes++;
        engine.close();
    }

    @Override
    public CreateTableResponse createTable(CreateTableRequest request) {
        return engine.createTable(record(request));
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        return engine.describeTable(record(request));
    }

    @Override
    public ListTablesResponse listTables(ListTablesRequest request) {
        return engine.listTables(record(request));
    }

    @Override
    public DeleteTableResponse deleteTable(DeleteTableRequest request) {
        return engine.deleteTable(record(request));
    }

    @Override
    public UpdateTableResponse updateTable(UpdateTableRequest request) {
        return engine.updateTable(record(request));
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        return engine.putItem(record(request));
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        return engine.getItem(record(request));
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        return engine.updateItem(record(request));
    }

    @Override
    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        return engine.deleteItem(record(request));
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        return engine.query(record(request));
    }

    @Override
    public ScanResponse scan(ScanRequest request) {
        return engine.scan(record(request));
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        return engine.batchGetItem(record(request));
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        return engine.batchWriteItem(record(request));
    }

    @Override
    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        return engine.transactWriteItems(record(request));
    }

    @Override
    public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
        return engine.transactGetItems(record(request));
    }
}
