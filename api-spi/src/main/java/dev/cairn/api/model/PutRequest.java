package dev.cairn.api.model;

import java.util.Map;

/** A put inside BatchWriteItem. */
public record PutRequest(Map<String, AttributeValue> item) {}
