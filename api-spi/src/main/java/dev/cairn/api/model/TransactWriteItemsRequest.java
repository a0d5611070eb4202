package dev.cairn.api.model;

import java.util.List;

/** TransactWriteItems: up to 100 actions applied all or nothing. */
public record TransactWriteItemsRequest(List<TransactWriteItem> transactItems, String returnConsumedCapacity, String returnItemCollectionMetrics, String clientRequestToken) {}
