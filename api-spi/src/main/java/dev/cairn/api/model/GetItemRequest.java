package dev.cairn.api.model;

import java.util.List;
import java.util.Map;

/** GetItem. */
public record GetItemRequest(String tableName, Map<String, AttributeValue> key, Boolean consistentRead, String projectionExpression, Map<String, String> expressionAttributeNames, List<String> attributesToGet, String returnConsumedCapacity) {}
