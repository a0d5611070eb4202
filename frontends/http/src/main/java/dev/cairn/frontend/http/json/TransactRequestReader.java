package dev.cairn.frontend.http.json;

import dev.cairn.api.model.ConditionCheck;
import dev.cairn.api.model.Delete;
import dev.cairn.api.model.Get;
import dev.cairn.api.model.Put;
import dev.cairn.api.model.TransactGetItem;
import dev.cairn.api.model.TransactGetItemsRequest;
import dev.cairn.api.model.TransactWriteItem;
import dev.cairn.api.model.TransactWriteItemsRequest;
import dev.cairn.api.model.Update;

/** Reads TransactWriteItems and TransactGetItems. */
public final class TransactRequestReader {

    private static final Schema CONDITION_CHECK = actionSchema().member("Key", AttributeValueReader::item).build();
    private static final Schema PUT = actionSchema().member("Item", AttributeValueReader::boundedItem).build();
    private static final Schema DELETE = actionSchema().member("Key", AttributeValueReader::item).build();
    private static final Schema UPDATE = actionSchema()
            .member("Key", AttributeValueReader::item)
            .member("UpdateExpression", WireReader::string)
            .build();
    private static final Schema WRITE_ITEM = Schema.builder()
            .member("ConditionCheck", r -> r.struct(CONDITION_CHECK, m -> new ConditionCheck(m.get("Key"),
                    m.get("TableName"), m.get("ConditionExpression"), m.get("ExpressionAttributeNames"),
                    m.get("ExpressionAttributeValues"), m.get("ReturnValuesOnConditionCheckFailure"))))
            .member("Put", r -> r.struct(PUT, m -> new Put(m.get("Item"), m.get("TableName"),
                    m.get("ConditionExpression"), m.get("ExpressionAttributeNames"), m.get("ExpressionAttributeValues"),
                    m.get("ReturnValuesOnConditionCheckFailure"))))
            .member("Delete", r -> r.struct(DELETE, m -> new Delete(m.get("Key"), m.get("TableName"),
                    m.get("ConditionExpression"), m.get("ExpressionAttributeNames"), m.get("ExpressionAttributeValues"),
                    m.get("ReturnValuesOnConditionCheckFailure"))))
            .member("Update", r -> r.struct(UPDATE, m -> new Update(m.get("Key"), m.get("UpdateExpression"),
                    m.get("TableName"), m.get("ConditionExpression"), m.get("ExpressionAttributeNames"),
                    m.get("ExpressionAttributeValues"), m.get("ReturnValuesOnConditionCheckFailure"))))
            .build();
    private static final Schema TRANSACT_WRITE = Schema.builder()
            .member("TransactItems", r -> r.listKeepingNulls(TransactRequestReader::writeItem))
            .member("ReturnConsumedCapacity", WireReader::string)
            .member("ReturnItemCollectionMetrics", WireReader::string)
            .member("ClientRequestToken", WireReader::string)
            .build();
    private static final Schema GET = Schema.builder()
            .member("Key", AttributeValueReader::item)
            .member("TableName", WireReader::string)
            .member("ProjectionExpression", WireReader::string)
            .member("ExpressionAttributeNames", ItemRequestReader::names)
            .build();
    private static final Schema GET_ITEM = Schema.builder()
            .member("Get", r -> r.struct(GET, m -> new Get(m.get("Key"), m.get("TableName"),
                    m.get("ProjectionExpression"), m.get("ExpressionAttributeNames"))))
            .build();
    private static final Schema TRANSACT_GET = Schema.builder()
            .member("TransactItems", r -> r.listKeepingNulls(t -> t.struct(GET_ITEM, m -> new TransactGetItem(m.get("Get")))))
            .member("ReturnConsumedCapacity", WireReader::string)
            .build();

    private TransactRequestReader() {}

    public static TransactWriteItemsRequest transactWriteItems(WireReader r) {
        return r.root(TRANSACT_WRITE, m -> new TransactWriteItemsRequest(m.get("TransactItems"),
                m.get("ReturnConsumedCapacity"), m.get("ReturnItemCollectionMetrics"), m.get("ClientRequestToken")));
    }

    public static TransactGetItemsRequest transactGetItems(WireReader r) {
        return r.root(TRANSACT_GET, m -> new TransactGetItemsRequest(m.get("TransactItems"),
                m.get("ReturnConsumedCapacity")));
    }

    private static TransactWriteItem writeItem(WireReader r) {
        return r.struct(WRITE_ITEM, m -> new TransactWriteItem(m.get("ConditionCheck"), m.get("Put"), m.get("Delete"),
                m.get("Update")));
    }

    /** The members every action shares. */
    private static Schema.Builder actionSchema() {
        return Schema.builder()
                .member("TableName", WireReader::string)
                .member("ConditionExpression", WireReader::string)
                .member("ExpressionAttributeNames", ItemRequestReader::names)
                .member("ExpressionAttributeValues", AttributeValueReader::item)
                .member("ReturnValuesOnConditionCheckFailure", WireReader::string);
    }
}
