package dev.cairn.api.model;

import java.util.Map;

/** DeleteItem. */
public record DeleteItemRequest(String tableName, Map<String, AttributeValue> key, String conditionExpression, Map<String, String> expressionAttributeNames, Map<String, AttributeValue> expressionAttributeValues, String returnValues, String returnConsumedCapacity, String returnItemCollectionMetrics, String returnValuesOnConditionCheckFailure, Map<String, ExpectedAttributeValue> expected, String conditionalOperator) {}
