package dev.cairn.api.model;

import java.util.List;

/** A global secondary index as DescribeTable reports it. */
public record GlobalSecondaryIndexDescription(String indexName, List<KeySchemaElement> keySchema, Projection projection, String indexStatus, Boolean backfilling, ProvisionedThroughputDescription provisionedThroughput, Long indexSizeBytes, Long itemCount, String indexArn) {}
