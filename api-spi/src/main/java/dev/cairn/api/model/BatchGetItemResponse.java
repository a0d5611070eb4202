package dev.cairn.api.model;

import java.util.List;
import java.util.Map;

/** BatchGetItem's answer. */
public record BatchGetItemResponse(Map<String, List<Map<String, AttributeValue>>> responses, Map<String, KeysAndAttributes> unprocessedKeys, List<ConsumedCapacity> consumedCapacity) {}
