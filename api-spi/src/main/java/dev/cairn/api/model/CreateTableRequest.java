package dev.cairn.api.model;

import java.util.List;

/** CreateTable. */
public record CreateTableRequest(String tableName, List<AttributeDefinition> attributeDefinitions, List<KeySchemaElement> keySchema, List<LocalSecondaryIndex> localSecondaryIndexes, List<GlobalSecondaryIndex> globalSecondaryIndexes, String billingMode, ProvisionedThroughput provisionedThroughput, StreamSpecification streamSpecification, List<Tag> tags, String tableClass, Boolean deletionProtectionEnabled) {}
