package dev.cairn.api.model;

/** Capacity consumed on one table or index. */
public record Capacity(Double readCapacityUnits, Double writeCapacityUnits, Double capacityUnits) {}
