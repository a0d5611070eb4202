package dev.cairn.api.model;

import java.util.List;
import java.util.Map;

/** BatchWriteItem. */
public record BatchWriteItemRequest(Map<String, List<WriteRequest>> requestItems, String returnConsumedCapacity, String returnItemCollectionMetrics) {}
