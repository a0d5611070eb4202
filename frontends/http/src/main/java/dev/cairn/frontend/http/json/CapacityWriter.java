package dev.cairn.frontend.http.json;

import dev.cairn.api.model.Capacity;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.api.model.ItemCollectionMetrics;

/** Writes ConsumedCapacity and ItemCollectionMetrics; units as JSON doubles ({@code 1.0}, {@code 0.5}). */
public final class CapacityWriter {

    private CapacityWriter() {}

    public static void consumedCapacity(JsonOut out, ConsumedCapacity c) {
        out.string("TableName", c.tableName());
        out.number("CapacityUnits", c.capacityUnits());
        out.number("ReadCapacityUnits", c.readCapacityUnits());
        out.number("WriteCapacityUnits", c.writeCapacityUnits());
        out.object("Table", c.table(), CapacityWriter::capacity);
        out.map("LocalSecondaryIndexes", c.localSecondaryIndexes(), (o, v) -> o.object(v, CapacityWriter::capacity));
        out.map("GlobalSecondaryIndexes", c.globalSecondaryIndexes(), (o, v) -> o.object(v, CapacityWriter::capacity));
    }

    public static void itemCollectionMetrics(JsonOut out, ItemCollectionMetrics m) {
        AttributeValueWriter.item(out, "ItemCollectionKey", m.itemCollectionKey());
        out.list("SizeEstimateRangeGB", m.sizeEstimateRangeGB(), JsonOut::number);
    }

    private static void capacity(JsonOut out, Capacity c) {
        out.number("ReadCapacityUnits", c.readCapacityUnits());
        out.number("WriteCapacityUnits", c.writeCapacityUnits());
        out.number("CapacityUnits", c.capacityUnits());
    }
}
