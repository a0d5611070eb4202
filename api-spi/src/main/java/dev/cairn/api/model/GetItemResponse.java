package dev.cairn.api.model;

import java.util.Map;

/** GetItem's answer; item is null when there is no such item. */
public record GetItemResponse(Map<String, AttributeValue> item, ConsumedCapacity consumedCapacity) {}
