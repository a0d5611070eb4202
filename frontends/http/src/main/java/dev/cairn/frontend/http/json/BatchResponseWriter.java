package dev.cairn.frontend.http.json;

import dev.cairn.api.model.BatchGetItemResponse;
import dev.cairn.api.model.BatchWriteItemResponse;
import dev.cairn.api.model.KeysAndAttributes;
import dev.cairn.api.model.WriteRequest;
import java.util.Map;

/** Writes BatchGetItem and BatchWriteItem answers; DynamoDB always sends UnprocessedKeys / UnprocessedItems, empty as {@code {}}. */
public final class BatchResponseWriter {

    private BatchResponseWriter() {}

    public static void batchGetItem(JsonOut out, BatchGetItemResponse r) {
        out.map("Responses", r.responses(), AttributeValueWriter::items);
        out.map("UnprocessedKeys", r.unprocessedKeys() == null ? Map.of() : r.unprocessedKeys(),
                (o, v) -> o.object(v, BatchResponseWriter::keysAndAttributes));
        out.list("ConsumedCapacity", r.consumedCapacity(), (o, v) -> o.object(v, CapacityWriter::consumedCapacity));
    }

    public static void batchWriteItem(JsonOut out, BatchWriteItemResponse r) {
        out.map("UnprocessedItems", r.unprocessedItems() == null ? Map.of() : r.unprocessedItems(),
                (o, v) -> o.list(v, (e, w) -> e.object(w, BatchResponseWriter::writeRequest)));
        out.map("ItemCollectionMetrics", r.itemCollectionMetrics(),
                (o, v) -> o.list(v, (e, m) -> e.object(m, CapacityWriter::itemCollectionMetrics)));
        out.list("ConsumedCapacity", r.consumedCapacity(), (o, v) -> o.object(v, CapacityWriter::consumedCapacity));
    }

    private static void keysAndAttributes(JsonOut out, KeysAndAttributes k) {
        AttributeValueWriter.items(out, "Keys", k.keys());
        out.list("AttributesToGet", k.attributesToGet(), JsonOut::string);
        out.bool("ConsistentRead", k.consistentRead());
        out.string("ProjectionExpression", k.projectionExpression());
        out.map("ExpressionAttributeNames", k.expressionAttributeNames(), JsonOut::string);
    }

    private static void writeRequest(JsonOut out, WriteRequest w) {
        out.object("PutRequest", w.putRequest(), (o, p) -> AttributeValueWriter.item(o, "Item", p.item()));
        out.object("DeleteRequest", w.deleteRequest(), (o, d) -> AttributeValueWriter.item(o, "Key", d.key()));
    }
}
