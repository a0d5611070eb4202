package dev.cairn.api.model;

import java.util.Map;

/** BatchGetItem. */
public record BatchGetItemRequest(Map<String, KeysAndAttributes> requestItems, String returnConsumedCapacity) {}
