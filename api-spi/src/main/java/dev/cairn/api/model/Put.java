package dev.cairn.api.model;

import java.util.Map;

/** A TransactWriteItems action that stores a whole item. */
public record Put(Map<String, AttributeValue> item, String tableName, String conditionExpression, Map<String, String> expressionAttributeNames, Map<String, AttributeValue> expressionAttributeValues, String returnValuesOnConditionCheckFailure) {}
