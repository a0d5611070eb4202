package dev.cairn.frontend.http.json;

import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.api.model.DeleteItemResponse;
import dev.cairn.api.model.GetItemResponse;
import dev.cairn.api.model.ItemCollectionMetrics;
import dev.cairn.api.model.PutItemResponse;
import dev.cairn.api.model.UpdateItemResponse;
import java.util.Map;

/** Writes the single-item responses; a write with nothing to return answers {@code {}}. */
public final class ItemResponseWriter {

    private ItemResponseWriter() {}

    public static void putItem(JsonOut out, PutItemResponse r) {
        write(out, r.attributes(), r.consumedCapacity(), r.itemCollectionMetrics());
    }

    public static void updateItem(JsonOut out, UpdateItemResponse r) {
        write(out, r.attributes(), r.consumedCapacity(), r.itemCollectionMetrics());
    }

    public static void deleteItem(JsonOut out, DeleteItemResponse r) {
        write(out, r.attributes(), r.consumedCapacity(), r.itemCollectionMetrics());
    }

    public static void getItem(JsonOut out, GetItemResponse r) {
        AttributeValueWriter.item(out, "Item", r.item());
        out.object("ConsumedCapacity", r.consumedCapacity(), CapacityWriter::consumedCapacity);
    }

    private static void write(JsonOut out, Map<String, dev.cairn.api.model.AttributeValue> attributes,
            ConsumedCapacity capacity, ItemCollectionMetrics metrics) {
        AttributeValueWriter.item(out, "Attributes", attributes);
        out.object("ConsumedCapacity", capacity, CapacityWriter::consumedCapacity);
        out.object("ItemCollectionMetrics", metrics, CapacityWriter::itemCollectionMetrics);
    }
}
