package dev.cairn.core.table;

/**
 * A key attribute of a table or index: its name and scalar type (S, N or B).
 */
public record KeyAttribute(String name, String type) {}
