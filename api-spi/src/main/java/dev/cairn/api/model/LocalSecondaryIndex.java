package dev.cairn.api.model;

import java.util.List;

/** A local secondary index as CreateTable defines it. */
public record LocalSecondaryIndex(String indexName, List<KeySchemaElement> keySchema, Projection projection) {}
