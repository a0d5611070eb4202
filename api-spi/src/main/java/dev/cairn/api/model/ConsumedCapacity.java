package dev.cairn.api.model;

import java.util.Map;

/** Capacity an operation consumed, as ReturnConsumedCapacity asks (TOTAL, or INDEXES with the breakdown). */
public record ConsumedCapacity(String tableName, Double capacityUnits, Double readCapacityUnits, Double writeCapacityUnits, Capacity table, Map<String, Capacity> localSecondaryIndexes, Map<String, Capacity> globalSecondaryIndexes) {}
