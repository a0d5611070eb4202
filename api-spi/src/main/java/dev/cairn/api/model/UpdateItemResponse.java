package dev.cairn.api.model;

import java.util.Map;

/** UpdateItem's answer. */
public record UpdateItemResponse(Map<String, AttributeValue> attributes, ConsumedCapacity consumedCapacity, ItemCollectionMetrics itemCollectionMetrics) {}
