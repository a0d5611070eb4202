package dev.cairn.api.model;

import java.util.List;

/** TransactGetItems' answer: one response per Get, in request order. */
public record TransactGetItemsResponse(List<ConsumedCapacity> consumedCapacity, List<ItemResponse> responses) {}
