package dev.cairn.api.model;

import java.util.Map;

/** UpdateItem. */
public record UpdateItemRequest(String tableName, Map<String, AttributeValue> key, String updateExpression, String conditionExpression, Map<String, String> expressionAttributeNames, Map<String, AttributeValue> expressionAttributeValues, String returnValues, String returnConsumedCapacity, String returnItemCollectionMetrics, String returnValuesOnConditionCheckFailure, Map<String, AttributeValueUpdate> attributeUpdates, Map<String, ExpectedAttributeValue> expected, String conditionalOperator) {}
