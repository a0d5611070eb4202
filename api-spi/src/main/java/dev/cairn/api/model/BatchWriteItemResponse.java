package dev.cairn.api.model;

import java.util.List;
import java.util.Map;

/** BatchWriteItem's answer. */
public record BatchWriteItemResponse(Map<String, List<WriteRequest>> unprocessedItems, Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics, List<ConsumedCapacity> consumedCapacity) {}
