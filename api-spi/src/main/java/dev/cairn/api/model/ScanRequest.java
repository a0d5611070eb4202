package dev.cairn.api.model;

import java.util.List;
import java.util.Map;

/** Scan. */
public record ScanRequest(String tableName, String indexName, String filterExpression, String projectionExpression, Map<String, String> expressionAttributeNames, Map<String, AttributeValue> expressionAttributeValues, String select, Integer limit, Boolean consistentRead, Map<String, AttributeValue> exclusiveStartKey, Integer segment, Integer totalSegments, String returnConsumedCapacity, List<String> attributesToGet, Map<String, Condition> scanFilter, String conditionalOperator) {}
