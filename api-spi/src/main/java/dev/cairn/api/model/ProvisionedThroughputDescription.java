package dev.cairn.api.model;

import java.time.Instant;

/** Provisioned capacity as DescribeTable reports it. */
public record ProvisionedThroughputDescription(Instant lastIncreaseDateTime, Instant lastDecreaseDateTime, Long numberOfDecreasesToday, Long readCapacityUnits, Long writeCapacityUnits) {}
