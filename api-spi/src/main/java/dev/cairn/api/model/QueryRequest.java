package dev.cairn.api.model;

import java.util.List;
import java.util.Map;

/** Query. */
public record QueryRequest(String tableName, String indexName, String keyConditionExpression, String filterExpression, String projectionExpression, Map<String, String> expressionAttributeNames, Map<String, AttributeValue> expressionAttributeValues, String select, Integer limit, Boolean consistentRead, Boolean scanIndexForward, Map<String, AttributeValue> exclusiveStartKey, String returnConsumedCapacity, List<String> attributesToGet, Map<String, Condition> keyConditions, Map<String, Condition> queryFilter, String conditionalOperator) {}
