package dev.cairn.api.model;

import java.util.Map;

/** One item of a TransactGetItems answer; item is null when there is no such item. */
public record ItemResponse(Map<String, AttributeValue> item) {}
