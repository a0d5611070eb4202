package dev.cairn.api.model;

import java.util.List;

/** ListTables' answer. */
public record ListTablesResponse(List<String> tableNames, String lastEvaluatedTableName) {}
