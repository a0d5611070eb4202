package dev.cairn.api.model;

/** ListTables. */
public record ListTablesRequest(String exclusiveStartTableName, Integer limit) {}
