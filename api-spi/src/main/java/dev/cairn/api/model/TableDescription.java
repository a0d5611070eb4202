package dev.cairn.api.model;

import java.time.Instant;
import java.util.List;

/** A table as DescribeTable reports it; null fields are omitted on the wire. */
public record TableDescription(String tableName, String tableArn, String tableId, String tableStatus, Instant creationDateTime, List<AttributeDefinition> attributeDefinitions, List<KeySchemaElement> keySchema, Long itemCount, Long tableSizeBytes, BillingModeSummary billingModeSummary, ProvisionedThroughputDescription provisionedThroughput, List<LocalSecondaryIndexDescription> localSecondaryIndexes, List<GlobalSecondaryIndexDescription> globalSecondaryIndexes, StreamSpecification streamSpecification, String latestStreamArn, String latestStreamLabel, Boolean deletionProtectionEnabled) {}
