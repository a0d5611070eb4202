package dev.cairn.core.write;

import dev.cairn.api.model.AttributeValue;
import java.util.Map;

/**
 * What a single-item write did.
 *
 * @param before the item before the write, or null
 * @param after the item after the write, or null when deleted or never there
 */
public record WriteOutcome(Map<String, AttributeValue> before, Map<String, AttributeValue> after) {}
