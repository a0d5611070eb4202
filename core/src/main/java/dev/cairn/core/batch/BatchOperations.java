package dev.cairn.core.batch;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.BatchGetItemRequest;
import dev.cairn.api.model.BatchGetItemResponse;
import dev.cairn.api.model.BatchWriteItemRequest;
import dev.cairn.api.model.BatchWriteItemResponse;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.api.model.KeysAndAttributes;
import dev.cairn.api.model.WriteRequest;
import dev.cairn.core.batch.BatchWriter.BatchWrite;
import dev.cairn.core.expression.ExpressionContext;
import dev.cairn.core.expression.Expressions;
import dev.cairn.core.expression.ProjectionExpression;
import dev.cairn.core.index.IndexMaintainer;
import dev.cairn.core.item.AttributeValues;
import dev.cairn.core.item.ItemSize;
import dev.cairn.core.legacy.LegacyMixing;
import dev.cairn.core.legacy.LegacyProjection;
import dev.cairn.core.table.PrimaryKeys;
import dev.cairn.core.table.StorageKey;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.core.table.TableOperations;
import dev.cairn.core.validation.ConstraintViolations;
import dev.cairn.core.validation.Enums;
import dev.cairn.core.validation.ExpressionContexts;
import dev.cairn.core.write.Capacity;
import dev.cairn.core.write.ItemStore;
import dev.cairn.core.write.PreparedWrite;
import dev.cairn.core.write.WritePreparation;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BatchGetItem and BatchWriteItem. The whole batch is validated before anything is read or written,
 * so a bad request writes nothing; the writes themselves are independent, as in DynamoDB. Every
 * request is processed here: UnprocessedItems holds only the writes left after an internal failure
 * ({@link BatchWriter}), and UnprocessedKeys only what did not fit in the 16 MB response.
 */
public final class BatchOperations {

    private static final int MAX_GET_KEYS = 100;
    private static final int MAX_WRITE_REQUESTS = 25;
    private static final long MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    private final TableOperations tables;
    private final ItemStore items;
    private final BatchWriter writer;

    public BatchOperations(TableOperations tables, ItemStore items) {
        this.tables = tables;
        this.items = items;
        this.writer = new BatchWriter(items);
    }

    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        ConstraintViolations violations = new ConstraintViolations()
                .oneOf("returnConsumedCapacity", request.returnConsumedCapacity(), Enums.RETURN_CONSUMED_CAPACITY);
        if (request.requestItems() != null) {
            request.requestItems().forEach((table, keys) -> keysConstraints(violations, table, keys));
        }
        violations.throwIfAny();
        requireRequestItems(request.requestItems(), "BatchGetItem");
        List<TableRead> reads = new ArrayList<>();
        int totalKeys = 0;
        for (Map.Entry<String, KeysAndAttributes> entry : request.requestItems().entrySet()) {
            KeysAndAttributes keys = entry.getValue();
            BatchNullEntries.requireKeys(entry.getKey(), keys);
            totalKeys += keys.keys().size();
            if (totalKeys > MAX_GET_KEYS) {
                throw ApiException.validation("Too many items requested for the BatchGetItem call");
            }
            reads.add(prepareRead(entry.getKey(), keys));
        }
        Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
        Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
        List<ConsumedCapacity> consumed = new ArrayList<>();
        long responseBytes = 0;
        for (TableRead read : reads) {
            List<Map<String, AttributeValue>> found = new ArrayList<>();
            List<Map<String, AttributeValue>> left = new ArrayList<>();
            double units = 0;
            for (StorageKey key : read.keys()) {
                if (responseBytes > MAX_RESPONSE_BYTES) {
                    left.add(key.key());
                    continue;
                }
                Map<String, AttributeValue> item = items.read(read.table(), key);
                if (item != null) {
                    long size = ItemSize.of(item);
                    responseBytes += size;
                    units += Capacity.readUnits(size, read.consistent());
                    found.add(read.projection() == null ? item : read.projection().apply(item));
                }
            }
            responses.put(read.table().name(), found);
            if (!left.isEmpty()) {
                KeysAndAttributes original = request.requestItems().get(read.table().name());
                unprocessed.put(read.table().name(), new KeysAndAttributes(left, original.attributesToGet(),
                        original.consistentRead(), original.projectionExpression(),
                        original.expressionAttributeNames()));
            }
            ConsumedCapacity capacity = Capacity.report(request.returnConsumedCapacity(), read.table().name(),
                    Math.max(units, read.consistent() ? 1 : 0.5));
            if (capacity != null) {
                consumed.add(capacity);
            }
        }
        return new BatchGetItemResponse(responses, unprocessed, consumed.isEmpty() ? null : consumed);
    }

    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        ConstraintViolations violations = new ConstraintViolations()
                .oneOf("returnConsumedCapacity", request.returnConsumedCapacity(), Enums.RETURN_CONSUMED_CAPACITY)
                .oneOf("returnItemCollectionMetrics", request.returnItemCollectionMetrics(),
                        Enums.RETURN_ITEM_COLLECTION_METRICS);
        if (request.requestItems() != null) {
            writesConstraints(violations, request.requestItems());
        }
        missingMembers(violations, request.requestItems());
        violations.throwIfAny();
        requireRequestItems(request.requestItems(), "BatchWriteItem");
        BatchNullEntries.requireWriteLists(request.requestItems());
        List<BatchWrite> writes = new ArrayList<>();
        for (Map.Entry<String, List<WriteRequest>> entry : request.requestItems().entrySet()) {
            if (writes.size() + entry.getValue().size() > MAX_WRITE_REQUESTS) {
                throw ApiException.validation("Too many items requested for the BatchWriteItem call");
            }
            writes.addAll(prepareWrites(entry.getKey(), entry.getValue()));
        }
        return writer.apply(writes, "SIZE".equals(request.returnItemCollectionMetrics()),
                request.returnConsumedCapacity());
    }

    /**
     * DynamoDB's wording for a missing or empty RequestItems (wording: nubo-db/dynamodb-conformance
     * tests/tier3/error-messages/batchWriteItem.test.ts and batchGetItem.test.ts, captured from DynamoDB).
     */
    private static void requireRequestItems(Map<String, ?> requestItems, String operation) {
        if (requestItems == null || requestItems.isEmpty()) {
            throw ApiException.validation("The requestItems parameter is required for " + operation);
        }
    }

    /**
     * Each table's Keys: present, 1 to 100 of them. DynamoDB's newer validation names the member
     * without echoing the keys (wording: nubo-db/dynamodb-conformance batchGetItem.test.ts).
     */
    private static void keysConstraints(ConstraintViolations violations, String table, KeysAndAttributes keys) {
        String member = "RequestItems." + table + ".member.Keys";
        if (keys == null) {
            return; // refused by BatchNullEntries: constraints do not look inside a null structure
        }
        if (keys.keys() == null) {
            violations.notNull("requestItems." + table + ".member.keys", null);
        } else if (keys.keys().isEmpty()) {
            violations.addUnechoed(member, "Member must have length greater than or equal to 1");
        } else if (keys.keys().size() > MAX_GET_KEYS) {
            violations.addUnechoed(member, "Member must have length less than or equal to " + MAX_GET_KEYS);
        }
    }

    /**
     * Each table's list of writes: 1 to 25 of them, reported against the whole map with the map
     * echoed (wording: dynalite test/batchWriteItem.js, nubo-db/dynamodb-conformance batchWriteItem.test.ts).
     */
    private static void writesConstraints(ConstraintViolations violations, Map<String, List<WriteRequest>> items) {
        for (List<WriteRequest> writes : items.values()) {
            if (writes != null && (writes.isEmpty() || writes.size() > MAX_WRITE_REQUESTS)) {
                violations.add(items, "requestItems", "Map value must satisfy constraint: [Member must have length "
                        + "less than or equal to " + MAX_WRITE_REQUESTS + ", Member must have length greater than or equal to 1]");
            }
        }
    }

    private TableRead prepareRead(String tableName, KeysAndAttributes keys) {
        new ConstraintViolations().tableName("requestItems.key", tableName).throwIfAny();
        LegacyMixing.check(keys);
        TableMetadata table = tables.require(tableName);
        List<StorageKey> storageKeys = new ArrayList<>();
        Set<ByteBuffer> seen = new HashSet<>();
        for (Map<String, AttributeValue> key : keys.keys()) {
            if (key == null || key.isEmpty()) { // wording: DynamoDB Local 3.3.1
                throw ApiException.validation("The list of keys in RequestItems for BatchGetItem may not contain null "
                        + "or empty values: " + tableName + " has one or more empty keys");
            }
            StorageKey storageKey = PrimaryKeys.ofKey(table, AttributeValues.checkedItem(key));
            if (!seen.add(identity(storageKey))) {
                throw ApiException.validation("Provided list of item keys contains duplicates");
            }
            storageKeys.add(storageKey);
        }
        ExpressionContext context = ExpressionContexts.of(keys.expressionAttributeNames(), null,
                keys.projectionExpression());
        ProjectionExpression projection = keys.projectionExpression() == null
                ? LegacyProjection.ofBatch(keys.attributesToGet())
                : Expressions.projection(keys.projectionExpression(), context);
        context.checkAllUsed();
        return new TableRead(table, storageKeys, projection, Boolean.TRUE.equals(keys.consistentRead()));
    }

    /**
     * Each put and delete checked by the same preparation as PutItem and DeleteItem, and a put's
     * index keys as well, so that a batch with one bad request is rejected before any is written.
     */
    private List<BatchWrite> prepareWrites(String tableName, List<WriteRequest> requests) {
        new ConstraintViolations().tableName("requestItems.key", tableName).throwIfAny();
        TableMetadata table = tables.require(tableName);
        List<BatchWrite> writes = new ArrayList<>();
        Set<ByteBuffer> seen = new HashSet<>();
        for (WriteRequest request : requests) {
            BatchWrite write;
            if (request != null && request.putRequest() != null && request.deleteRequest() == null) {
                PreparedWrite put = WritePreparation.put(table, request.putRequest().item(), null, null, null, null);
                IndexMaintainer.checkIndexKeys(table, put.item());
                write = new BatchWrite(table, put.key(), put.item(), request);
            } else if (request != null && request.deleteRequest() != null && request.putRequest() == null) {
                PreparedWrite delete = WritePreparation.delete(table, request.deleteRequest().key(), null, null, null,
                        null);
                write = new BatchWrite(table, delete.key(), null, request);
            } else {
                throw ApiException.validation(
                        "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the "
                                + "supported datatypes");
            }
            if (!seen.add(identity(write.key()))) {
                throw ApiException.validation("Provided list of item keys contains duplicates");
            }
            writes.add(write);
        }
        return writes;
    }

    /**
     * A PutRequest without its Item or a DeleteRequest without its Key, named as DynamoDB names the
     * member ("requestItems.t.member.1.member.putRequest.item"); wording: dynalite
     * test/batchWriteItem.js "should return ValidationException for incorrect attributes".
     */
    private static void missingMembers(ConstraintViolations violations, Map<String, List<WriteRequest>> requestItems) {
        if (requestItems == null) {
            return;
        }
        requestItems.forEach((table, requests) -> {
            for (int i = 0; requests != null && i < requests.size(); i++) {
                WriteRequest request = requests.get(i);
                String at = "requestItems." + table + ".member." + (i + 1) + ".member.";
                if (request != null && request.deleteRequest() != null) {
                    violations.notNull(at + "deleteRequest.key", request.deleteRequest().key());
                }
                if (request != null && request.putRequest() != null) {
                    violations.notNull(at + "putRequest.item", request.putRequest().item());
                }
            }
        });
    }

    private static ByteBuffer identity(StorageKey key) {
        ByteBuffer buffer = ByteBuffer.allocate(key.partition().length + key.clustering().length + 4);
        buffer.putInt(key.partition().length).put(key.partition()).put(key.clustering()).flip();
        return buffer;
    }

    private record TableRead(TableMetadata table, List<StorageKey> keys, ProjectionExpression projection,
            boolean consistent) {}
}
