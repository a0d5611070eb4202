package dev.cairn.api.model;

import java.util.List;

/** A global secondary index as CreateTable or UpdateTable defines it. */
public record GlobalSecondaryIndex(String indexName, List<KeySchemaElement> keySchema, Projection projection, ProvisionedThroughput provisionedThroughput) {}
