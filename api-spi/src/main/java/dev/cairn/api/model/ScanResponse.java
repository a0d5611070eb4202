package dev.cairn.api.model;

import java.util.List;
import java.util.Map;

/** Scan's answer; lastEvaluatedKey null at the end. */
public record ScanResponse(List<Map<String, AttributeValue>> items, int count, int scannedCount, Map<String, AttributeValue> lastEvaluatedKey, ConsumedCapacity consumedCapacity) {}
