package dev.cairn.api.model;

import java.util.Map;

/** A TransactWriteItems action that updates an item with an update expression. */
public record Update(Map<String, AttributeValue> key, String updateExpression, String tableName, String conditionExpression, Map<String, String> expressionAttributeNames, Map<String, AttributeValue> expressionAttributeValues, String returnValuesOnConditionCheckFailure) {}
