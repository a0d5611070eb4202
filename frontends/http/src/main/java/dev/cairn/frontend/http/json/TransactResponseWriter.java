package dev.cairn.frontend.http.json;

import dev.cairn.api.model.TransactGetItemsResponse;
import dev.cairn.api.model.TransactWriteItemsResponse;

/** Writes TransactWriteItems and TransactGetItems answers; a Get that found nothing answers {@code {}}. */
public final class TransactResponseWriter {

    private TransactResponseWriter() {}

    public static void transactWriteItems(JsonOut out, TransactWriteItemsResponse r) {
        out.list("ConsumedCapacity", r.consumedCapacity(), (o, v) -> o.object(v, CapacityWriter::consumedCapacity));
        out.map("ItemCollectionMetrics", r.itemCollectionMetrics(),
                (o, v) -> o.list(v, (e, m) -> e.object(m, CapacityWriter::itemCollectionMetrics)));
    }

    public static void transactGetItems(JsonOut out, TransactGetItemsResponse r) {
        out.list("ConsumedCapacity", r.consumedCapacity(), (o, v) -> o.object(v, CapacityWriter::consumedCapacity));
        out.list("Responses", r.responses(),
                (o, response) -> o.object(response, (e, v) -> AttributeValueWriter.item(e, "Item", v.item())));
    }
}
