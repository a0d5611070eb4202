package dev.cairn.api.model;

import java.util.Map;

/** A delete inside BatchWriteItem. */
public record DeleteRequest(Map<String, AttributeValue> key) {}
