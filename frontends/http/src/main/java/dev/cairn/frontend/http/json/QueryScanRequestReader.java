package dev.cairn.frontend.http.json;

import dev.cairn.api.model.QueryRequest;
import dev.cairn.api.model.ScanRequest;

/** Reads Query and Scan. */
public final class QueryScanRequestReader {

    private static final Schema QUERY = readSchema()
            .member("KeyConditionExpression", WireReader::string)
            .member("ScanIndexForward", WireReader::bool)
            .member("KeyConditions", LegacyConditionReader::conditions)
            .member("QueryFilter", LegacyConditionReader::conditions)
            .build();
    private static final Schema SCAN = readSchema()
            .member("Segment", WireReader::integer)
            .member("TotalSegments", WireReader::integer)
            .member("ScanFilter", LegacyConditionReader::conditions)
            .build();

    private QueryScanRequestReader() {}

    public static QueryRequest query(WireReader r) {
        return r.root(QUERY, m -> new QueryRequest(m.get("TableName"), m.get("IndexName"),
                m.get("KeyConditionExpression"), m.get("FilterExpression"), m.get("ProjectionExpression"),
                m.get("ExpressionAttributeNames"), m.get("ExpressionAttributeValues"), m.get("Select"),
                m.get("Limit"), m.get("ConsistentRead"), m.get("ScanIndexForward"), m.get("ExclusiveStartKey"),
                m.get("ReturnConsumedCapacity"), m.get("AttributesToGet"), m.get("KeyConditions"),
                m.get("QueryFilter"), m.get("ConditionalOperator")));
    }

    public static ScanRequest scan(WireReader r) {
        return r.root(SCAN, m -> new ScanRequest(m.get("TableName"), m.get("IndexName"), m.get("FilterExpression"),
                m.get("ProjectionExpression"), m.get("ExpressionAttributeNames"), m.get("ExpressionAttributeValues"),
                m.get("Select"), m.get("Limit"), m.get("ConsistentRead"), m.get("ExclusiveStartKey"),
                m.get("Segment"), m.get("TotalSegments"), m.get("ReturnConsumedCapacity"), m.get("AttributesToGet"),
                m.get("ScanFilter"), m.get("ConditionalOperator")));
    }

    /** The members Query and Scan share. */
    private static Schema.Builder readSchema() {
        return Schema.builder()
                .member("TableName", WireReader::string)
                .member("IndexName", WireReader::string)
                .member("FilterExpression", WireReader::string)
                .member("ProjectionExpression", WireReader::string)
                .member("ExpressionAttributeNames", ItemRequestReader::names)
                .member("ExpressionAttributeValues", AttributeValueReader::item)
                .member("Select", WireReader::string)
                .member("Limit", WireReader::integer)
                .member("ConsistentRead", WireReader::bool)
                .member("ExclusiveStartKey", AttributeValueReader::item)
                .member("ReturnConsumedCapacity", WireReader::string)
                .member("AttributesToGet", r -> r.listKeepingNulls(WireReader::string))
                .member("ConditionalOperator", WireReader::string);
    }
}
