package dev.cairn.frontend.embedded;

import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** Single-item requests (PutItem, GetItem, UpdateItem, DeleteItem), SDK to Cairn. */
final class ItemRequests {

    private ItemRequests() {}

    static dev.cairn.api.model.PutItemRequest toCairn(PutItemRequest r) {
        return new dev.cairn.api.model.PutItemRequest(r.tableName(),
                AttributeValues.toCairn(r.hasItem(), r.item()),
                r.conditionExpression(),
                Absent.unless(r.hasExpressionAttributeNames(), r.expressionAttributeNames()),
                AttributeValues.toCairn(r.hasExpressionAttributeValues(), r.expressionAttributeValues()),
                r.returnValuesAsString(), r.returnConsumedCapacityAsString(), r.returnItemCollectionMetricsAsString(),
                r.returnValuesOnConditionCheckFailureAsString(),
                LegacyParameters.expected(r.hasExpected(), r.expected()),
                r.conditionalOperatorAsString());
    }

    static dev.cairn.api.model.GetItemRequest toCairn(GetItemRequest r) {
        return new dev.cairn.api.model.GetItemRequest(r.tableName(),
                AttributeValues.toCairn(r.hasKey(), r.key()),
                r.consistentRead(), r.projectionExpression(),
                Absent.unless(r.hasExpressionAttributeNames(), r.expressionAttributeNames()),
                Absent.unless(r.hasAttributesToGet(), r.attributesToGet()),
                r.returnConsumedCapacityAsString());
    }

    static dev.cairn.api.model.UpdateItemRequest toCairn(UpdateItemRequest r) {
        return new dev.cairn.api.model.UpdateItemRequest(r.tableName(),
                AttributeValues.toCairn(r.hasKey(), r.key()),
                r.updateExpression(), r.conditionExpression(),
                Absent.unless(r.hasExpressionAttributeNames(), r.expressionAttributeNames()),
                AttributeValues.toCairn(r.hasExpressionAttributeValues(), r.expressionAttributeValues()),
                r.returnValuesAsString(), r.returnConsumedCapacityAsString(), r.returnItemCollectionMetricsAsString(),
                r.returnValuesOnConditionCheckFailureAsString(),
                LegacyParameters.attributeUpdates(r.hasAttributeUpdates(), r.attributeUpdates()),
                LegacyParameters.expected(r.hasExpected(), r.expected()),
                r.conditionalOperatorAsString());
    }

    static dev.cairn.api.model.DeleteItemRequest toCairn(DeleteItemRequest r) {
        return new dev.cairn.api.model.DeleteItemRequest(r.tableName(),
                AttributeValues.toCairn(r.hasKey(), r.key()),
                r.conditionExpression(),
                Absent.unless(r.hasExpressionAttributeNames(), r.expressionAttributeNames()),
                AttributeValues.toCairn(r.hasExpressionAttributeValues(), r.expressionAttributeValues()),
                r.returnValuesAsString(), r.returnConsumedCapacityAsString(), r.returnItemCollectionMetricsAsString(),
                r.returnValuesOnConditionCheckFailureAsString(),
                LegacyParameters.expected(r.hasExpected(), r.expected()),
                r.conditionalOperatorAsString());
    }
}
