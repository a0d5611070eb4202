package dev.cairn.frontend.http.json;

import dev.cairn.api.model.BatchGetItemRequest;
import dev.cairn.api.model.BatchWriteItemRequest;
import dev.cairn.api.model.DeleteRequest;
import dev.cairn.api.model.KeysAndAttributes;
import dev.cairn.api.model.PutRequest;
import dev.cairn.api.model.WriteRequest;

/** Reads BatchGetItem and BatchWriteItem. */
public final class BatchRequestReader {

    private static final Schema KEYS_AND_ATTRIBUTES = Schema.builder()
            .member("Keys", AttributeValueReader::items)
            .member("AttributesToGet", r -> r.listKeepingNulls(WireReader::string))
            .member("ConsistentRead", WireReader::bool)
            .member("ProjectionExpression", WireReader::string)
            .member("ExpressionAttributeNames", ItemRequestReader::names)
            .build();
    private static final Schema PUT_REQUEST = Schema.builder()
            .member("Item", AttributeValueReader::boundedItem)
            .build();
    private static final Schema DELETE_REQUEST = Schema.builder()
            .member("Key", AttributeValueReader::item)
            .build();
    private static final Schema WRITE_REQUEST = Schema.builder()
            .member("PutRequest", r -> r.struct(PUT_REQUEST, m -> new PutRequest(m.get("Item"))))
            .member("DeleteRequest", r -> r.struct(DELETE_REQUEST, m -> new DeleteRequest(m.get("Key"))))
            .build();
    private static final Schema BATCH_GET = Schema.builder()
            .member("RequestItems", r -> r.mapKeepingNulls(BatchRequestReader::keysAndAttributes))
            .member("ReturnConsumedCapacity", WireReader::string)
            .build();
    private static final Schema BATCH_WRITE = Schema.builder()
            .member("RequestItems", r -> r.mapKeepingNulls(t -> t.listKeepingNulls(BatchRequestReader::writeRequest)))
            .member("ReturnConsumedCapacity", WireReader::string)
            .member("ReturnItemCollectionMetrics", WireReader::string)
            .build();

    private BatchRequestReader() {}

    public static BatchGetItemRequest batchGetItem(WireReader r) {
        return r.root(BATCH_GET, m -> new BatchGetItemRequest(m.get("RequestItems"), m.get("ReturnConsumedCapacity")));
    }

    public static BatchWriteItemRequest batchWriteItem(WireReader r) {
        return r.root(BATCH_WRITE, m -> new BatchWriteItemRequest(m.get("RequestItems"),
                m.get("ReturnConsumedCapacity"), m.get("ReturnItemCollectionMetrics")));
    }

    private static KeysAndAttributes keysAndAttributes(WireReader r) {
        return r.struct(KEYS_AND_ATTRIBUTES, m -> new KeysAndAttributes(m.get("Keys"), m.get("AttributesToGet"),
                m.get("ConsistentRead"), m.get("ProjectionExpression"), m.get("ExpressionAttributeNames")));
    }

    private static WriteRequest writeRequest(WireReader r) {
        return r.struct(WRITE_REQUEST, m -> new WriteRequest(m.get("PutRequest"), m.get("DeleteRequest")));
    }
}
