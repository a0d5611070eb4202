package dev.cairn.api.model;

import java.util.Map;

/** PutItem's answer. */
public record PutItemResponse(Map<String, AttributeValue> attributes, ConsumedCapacity consumedCapacity, ItemCollectionMetrics itemCollectionMetrics) {}
