package dev.cairn.api.model;

import java.util.Map;

/** DeleteItem's answer. */
public record DeleteItemResponse(Map<String, AttributeValue> attributes, ConsumedCapacity consumedCapacity, ItemCollectionMetrics itemCollectionMetrics) {}
