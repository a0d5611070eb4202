package dev.cairn.core.legacy;

import dev.cairn.core.item.AttributeNameRule;

/** Every legacy parameter keyed by attribute name holds its names to {@link AttributeNameRule} first. */
final class AttributeNames {

    private AttributeNames() {}

    static void requireValid(String name) {
        AttributeNameRule.check(name);
    }
}
