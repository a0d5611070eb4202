package dev.cairn.core.write;

import dev.cairn.api.model.AttributeValue;
import java.util.Map;

/**
 * What a single-item write did.
 *
 * @param before the item before the write, or null
 * @param after the item after the write, or null when deleted or never there
 * @param collectionSize the size in bytes of the item's collection after the write, in a table with
 *     local secondary indexes; -1 otherwise (or when not known)
 */
public record WriteOutcome(Map<String, AttributeValue> before, Map<String, AttributeValue> after,
        long collectionSize) {

    /** An outcome without a collection size. */
    public WriteOutcome(Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        this(before, after, -1);
    }
}
