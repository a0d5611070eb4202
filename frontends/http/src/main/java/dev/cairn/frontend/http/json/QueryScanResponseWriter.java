package dev.cairn.frontend.http.json;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.api.model.QueryResponse;
import dev.cairn.api.model.ScanResponse;
import java.util.List;
import java.util.Map;

/** Writes Query and Scan answers: Items (except for Select COUNT), Count and ScannedCount; LastEvaluatedKey only when there is more. */
public final class QueryScanResponseWriter {

    private QueryScanResponseWriter() {}

    public static void query(JsonOut out, QueryResponse r) {
        write(out, r.items(), r.count(), r.scannedCount(), r.lastEvaluatedKey(), r.consumedCapacity());
    }

    public static void scan(JsonOut out, ScanResponse r) {
        write(out, r.items(), r.count(), r.scannedCount(), r.lastEvaluatedKey(), r.consumedCapacity());
    }

    private static void write(JsonOut out, List<Map<String, AttributeValue>> items, int count, int scannedCount,
            Map<String, AttributeValue> lastEvaluatedKey, ConsumedCapacity capacity) {
        AttributeValueWriter.items(out, "Items", items); // absent for Select COUNT, as in DynamoDB
        out.number("Count", count);
        out.number("ScannedCount", scannedCount);
        AttributeValueWriter.item(out, "LastEvaluatedKey", lastEvaluatedKey);
        out.object("ConsumedCapacity", capacity, CapacityWriter::consumedCapacity);
    }
}
