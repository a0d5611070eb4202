package dev.cairn.api.model;

import java.util.List;
import java.util.Map;

/** TransactWriteItems' answer. */
public record TransactWriteItemsResponse(List<ConsumedCapacity> consumedCapacity, Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {}
