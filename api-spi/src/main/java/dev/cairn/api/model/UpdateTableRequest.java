package dev.cairn.api.model;

import java.util.List;

/** UpdateTable. */
public record UpdateTableRequest(String tableName, List<AttributeDefinition> attributeDefinitions, String billingMode, ProvisionedThroughput provisionedThroughput, List<GlobalSecondaryIndexUpdate> globalSecondaryIndexUpdates, StreamSpecification streamSpecification, String tableClass, Boolean deletionProtectionEnabled) {}
