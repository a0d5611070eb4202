package dev.cairn.api.model;

import java.util.List;

/** A local secondary index as DescribeTable reports it. */
public record LocalSecondaryIndexDescription(String indexName, List<KeySchemaElement> keySchema, Projection projection, Long indexSizeBytes, Long itemCount, String indexArn) {}
