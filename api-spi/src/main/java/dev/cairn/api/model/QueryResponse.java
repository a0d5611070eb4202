package dev.cairn.api.model;

import java.util.List;
import java.util.Map;

/** Query's answer; count is null-free, lastEvaluatedKey null at the end. */
public record QueryResponse(List<Map<String, AttributeValue>> items, int count, int scannedCount, Map<String, AttributeValue> lastEvaluatedKey, ConsumedCapacity consumedCapacity) {}
