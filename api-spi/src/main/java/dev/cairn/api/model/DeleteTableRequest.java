package dev.cairn.api.model;

/** DeleteTable. */
public record DeleteTableRequest(String tableName) {}
