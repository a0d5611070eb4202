package dev.cairn.core.item;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

/**
 * DynamoDB's limit of 32 levels of nesting in an item: the item itself and up to 31 maps or lists
 * inside one another. Checked without recursion, before anything else walks the item, so that a
 * value nested far deeper (an embedded caller can build one) is refused instead of overflowing the
 * stack. Wording and boundary (31 wraps accepted, 32 refused): nubo-db/dynoxide issue #110,
 * captured against DynamoDB; scylladb test/alternator/test_manual_requests.py
 * test_almost_exceed_nested_level.
 */
public final class ItemNesting {

    /** Maps and lists one inside another, counting a top-level attribute's value as the first. */
    public static final int MAX_CONTAINER_DEPTH = 31;

    static final String UPDATED_TOO_DEEP = "Nesting Levels have exceeded supported limits";
    static final String TOO_DEEP = UPDATED_TOO_DEEP + ": Attributes in the item have nested levels beyond supported limit";

    private ItemNesting() {}

    /** @throws ApiException ValidationException when a map or list is nested more than 31 deep */
    public static void check(Map<String, AttributeValue> item) {
        check(item, TOO_DEEP);
    }

    /** As {@link #check}, with UpdateItem's shorter message (DynamoDB Local 3.3.1's wording). */
    public static void checkUpdated(Map<String, AttributeValue> item) {
        check(item, UPDATED_TOO_DEEP);
    }

    private static void check(Map<String, AttributeValue> item, String message) {
        Deque<Level> pending = new ArrayDeque<>();
        push(pending, item.values(), 1);
        while (!pending.isEmpty()) {
            Level level = pending.pop();
            if (level.depth() > MAX_CONTAINER_DEPTH) {
                throw ApiException.validation(message);
            }
            if (level.value() instanceof AttributeValue.M m) {
                push(pending, m.value().values(), level.depth() + 1);
            } else if (level.value() instanceof AttributeValue.L l) {
                push(pending, l.value(), level.depth() + 1);
            }
        }
    }

    private static void push(Deque<Level> pending, Collection<AttributeValue> values, int depth) {
        for (AttributeValue value : values) {
            if (value instanceof AttributeValue.M || value instanceof AttributeValue.L) {
                pending.push(new Level(value, depth));
            }
        }
    }

    private record Level(AttributeValue value, int depth) {}
}
