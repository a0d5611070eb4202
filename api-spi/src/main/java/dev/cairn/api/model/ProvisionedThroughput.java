package dev.cairn.api.model;

/** Requested read and write capacity units. */
public record ProvisionedThroughput(Long readCapacityUnits, Long writeCapacityUnits) {}
