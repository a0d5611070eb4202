package dev.cairn.core.item;

import dev.cairn.api.ApiException;

/**
 * DynamoDB's rule for the name of a non-key attribute, wherever a request names one (items and
 * their nested maps, legacy AttributeUpdates, Expected and AttributesToGet, ExpressionAttributeNames):
 * 1 to 65,535 bytes of UTF-8. 65,535 is accepted and 65,536 refused (scylladb
 * test/alternator/test_limits.py test_limit_attribute_length_nonkey_good, _bad and _empty, run
 * against DynamoDB, which match "Empty attribute name" and "6553[56]"); the sentences are those of
 * DynamoDB Local 3.3.1, whose error table holds both.
 */
public final class AttributeNameRule {

    public static final int MAX_BYTES = 65_535;
    static final String EMPTY = "Empty attribute name";
    static final String TOO_LARGE = "Attribute name is too large, must be less than " + (MAX_BYTES + 1) + " bytes";

    private AttributeNameRule() {}

    /** DynamoDB's message for a name that breaks the rule, or null for a good name. */
    public static String violation(String name) {
        if (name == null || name.isEmpty()) {
            return EMPTY;
        }
        // a UTF-16 unit is at most 3 bytes of UTF-8, so only long names need counting
        return name.length() > MAX_BYTES / 3 && utf8Length(name) > MAX_BYTES ? TOO_LARGE : null;
    }

    /** @throws ApiException ValidationException with DynamoDB's message, for a name that breaks the rule */
    public static void check(String name) {
        String violation = violation(name);
        if (violation != null) {
            throw ApiException.validation(violation);
        }
    }

    private static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
