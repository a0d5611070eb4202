package dev.cairn.api.model;

/** A key attribute and its scalar type (S, N or B). */
public record AttributeDefinition(String attributeName, String attributeType) {}
