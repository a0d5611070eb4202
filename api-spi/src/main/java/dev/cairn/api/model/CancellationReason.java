package dev.cairn.api.model;

import java.util.Map;

/** Why one action of a transaction was cancelled (code None when it was not the cause). */
public record CancellationReason(Map<String, AttributeValue> item, String code, String message) {}
