package dev.cairn.api.model;

import java.util.Map;

/** The item a TransactGetItems reads, and which of its attributes. */
public record Get(Map<String, AttributeValue> key, String tableName, String projectionExpression, Map<String, String> expressionAttributeNames) {}
