package dev.cairn.api.model;

/** DescribeTable. */
public record DescribeTableRequest(String tableName) {}
