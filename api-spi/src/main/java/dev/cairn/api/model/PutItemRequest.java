package dev.cairn.api.model;

import java.util.Map;

/** PutItem. */
public record PutItemRequest(String tableName, Map<String, AttributeValue> item, String conditionExpression, Map<String, String> expressionAttributeNames, Map<String, AttributeValue> expressionAttributeValues, String returnValues, String returnConsumedCapacity, String returnItemCollectionMetrics, String returnValuesOnConditionCheckFailure, Map<String, ExpectedAttributeValue> expected, String conditionalOperator) {}
