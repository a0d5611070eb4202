package dev.cairn.api.model;

import java.util.List;

/** TransactGetItems: up to 100 items read as one serializable snapshot. */
public record TransactGetItemsRequest(List<TransactGetItem> transactItems, String returnConsumedCapacity) {}
