package dev.cairn.core.legacy;

import dev.cairn.api.ApiException;

/** Every legacy parameter keyed by attribute name rejects the empty name first, with one message. */
final class AttributeNames {

    private AttributeNames() {}

    static void requireNonEmpty(String name) {
        if (name == null || name.isEmpty()) {
            throw ApiException.validation("Empty attribute name");
        }
    }
}
