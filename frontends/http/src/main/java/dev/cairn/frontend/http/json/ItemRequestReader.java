package dev.cairn.frontend.http.json;

import dev.cairn.api.model.DeleteItemRequest;
import dev.cairn.api.model.GetItemRequest;
import dev.cairn.api.model.PutItemRequest;
import dev.cairn.api.model.UpdateItemRequest;
import java.util.Map;

/** Reads the single-item requests: PutItem, GetItem, UpdateItem, DeleteItem. */
public final class ItemRequestReader {

    private static final Schema PUT_ITEM = writeSchema()
            .member("Item", AttributeValueReader::boundedItem)
            .build();
    private static final Schema UPDATE_ITEM = writeSchema()
            .member("Key", AttributeValueReader::item)
            .member("UpdateExpression", WireReader::string)
            .member("AttributeUpdates", LegacyConditionReader::attributeUpdates)
            .build();
    private static final Schema DELETE_ITEM = writeSchema()
            .member("Key", AttributeValueReader::item)
            .build();
    private static final Schema GET_ITEM = Schema.builder()
            .member("TableName", WireReader::string)
            .member("Key", AttributeValueReader::item)
            .member("ConsistentRead", WireReader::bool)
            .member("ProjectionExpression", WireReader::string)
            .member("ExpressionAttributeNames", ItemRequestReader::names)
            .member("AttributesToGet", r -> r.listKeepingNulls(WireReader::string))
            .member("ReturnConsumedCapacity", WireReader::string)
            .build();

    private ItemRequestReader() {}

    public static PutItemRequest putItem(WireReader r) {
        return r.root(PUT_ITEM, m -> new PutItemRequest(m.get("TableName"), m.get("Item"),
                m.get("ConditionExpression"), m.get("ExpressionAttributeNames"), m.get("ExpressionAttributeValues"),
                m.get("ReturnValues"), m.get("ReturnConsumedCapacity"), m.get("ReturnItemCollectionMetrics"),
                m.get("ReturnValuesOnConditionCheckFailure"), m.get("Expected"), m.get("ConditionalOperator")));
    }

    public static GetItemRequest getItem(WireReader r) {
        return r.root(GET_ITEM, m -> new GetItemRequest(m.get("TableName"), m.get("Key"), m.get("ConsistentRead"),
                m.get("ProjectionExpression"), m.get("ExpressionAttributeNames"), m.get("AttributesToGet"),
                m.get("ReturnConsumedCapacity")));
    }

    public static UpdateItemRequest updateItem(WireReader r) {
        return r.root(UPDATE_ITEM, m -> new UpdateItemRequest(m.get("TableName"), m.get("Key"),
                m.get("UpdateExpression"), m.get("ConditionExpression"), m.get("ExpressionAttributeNames"),
                m.get("ExpressionAttributeValues"), m.get("ReturnValues"), m.get("ReturnConsumedCapacity"),
                m.get("ReturnItemCollectionMetrics"), m.get("ReturnValuesOnConditionCheckFailure"),
                m.get("AttributeUpdates"), m.get("Expected"), m.get("ConditionalOperator")));
    }

    public static DeleteItemRequest deleteItem(WireReader r) {
        return r.root(DELETE_ITEM, m -> new DeleteItemRequest(m.get("TableName"), m.get("Key"),
                m.get("ConditionExpression"), m.get("ExpressionAttributeNames"), m.get("ExpressionAttributeValues"),
                m.get("ReturnValues"), m.get("ReturnConsumedCapacity"), m.get("ReturnItemCollectionMetrics"),
                m.get("ReturnValuesOnConditionCheckFailure"), m.get("Expected"), m.get("ConditionalOperator")));
    }

    static Map<String, String> names(WireReader r) {
        return r.mapKeepingNulls(WireReader::string);
    }

    /** The members every conditional write shares. */
    private static Schema.Builder writeSchema() {
        return Schema.builder()
                .member("TableName", WireReader::string)
                .member("ConditionExpression", WireReader::string)
                .member("ExpressionAttributeNames", ItemRequestReader::names)
                .member("ExpressionAttributeValues", AttributeValueReader::item)
                .member("ReturnValues", WireReader::string)
                .member("ReturnConsumedCapacity", WireReader::string)
                .member("ReturnItemCollectionMetrics", WireReader::string)
                .member("ReturnValuesOnConditionCheckFailure", WireReader::string)
                .member("Expected", LegacyConditionReader::expected)
                .member("ConditionalOperator", WireReader::string);
    }
}
