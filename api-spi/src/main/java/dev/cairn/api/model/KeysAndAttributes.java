package dev.cairn.api.model;

import java.util.List;
import java.util.Map;

/** The keys of one table in a BatchGetItem, and what to read of them. */
public record KeysAndAttributes(List<Map<String, AttributeValue>> keys, List<String> attributesToGet, Boolean consistentRead, String projectionExpression, Map<String, String> expressionAttributeNames) {}
