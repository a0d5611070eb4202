package dev.cairn.api.model;

/** DescribeContinuousBackups of one table. */
public record DescribeContinuousBackupsRequest(String tableName) {}
