package dev.cairn.api.model;

/** One element of a key schema: an attribute and its role (HASH or RANGE). */
public record KeySchemaElement(String attributeName, String keyType) {}
