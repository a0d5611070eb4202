package dev.cairn.core.write;

import dev.cairn.api.model.AttributeValue;
import java.util.Map;

/**
 * A write expressed as a pure function of the item as it is now: the heart of every single-item
 * write. Being pure, it can run again when a concurrent writer got there first, and the same code
 * serves every backend path.
 */
@FunctionalInterface
public interface ItemMutation {

    /**
     * @param current the item as stored, or null when there is none
     * @return the item to store, or null to delete it
     * @throws dev.cairn.api.ApiException when the write must not happen (a failed condition, a bad operand)
     */
    Map<String, AttributeValue> apply(Map<String, AttributeValue> current);
}
