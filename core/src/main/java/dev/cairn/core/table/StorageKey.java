package dev.cairn.core.table;

import dev.cairn.api.model.AttributeValue;
import java.util.Map;

/**
 * Where one item lives in storage: its partition and clustering key, and the item's primary key
 * as attribute values (for LastEvaluatedKey and ReturnValues).
 */
public record StorageKey(byte[] partition, byte[] clustering, Map<String, AttributeValue> key) {}
