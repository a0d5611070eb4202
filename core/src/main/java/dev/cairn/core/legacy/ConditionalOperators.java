package dev.cairn.core.legacy;

import dev.cairn.api.ApiException;

/**
 * DynamoDB's rules for ConditionalOperator: it needs an Expected or filter map (an empty map counts
 * as none) and is only meaningful with two or more entries. Its value (AND or OR) is checked with
 * the request's shape, before this; anything but OR means AND here.
 */
final class ConditionalOperators {

    private ConditionalOperators() {}

    static void requireConditions(String conditionalOperator, int conditions) {
        if (conditionalOperator != null && conditions == 0) {
            throw ApiException.validation("ConditionalOperator cannot be used without Filter or Expected");
        }
    }

    static void requireSeveral(String conditionalOperator, int conditions) {
        if (conditionalOperator != null && conditions < 2) {
            throw ApiException.validation(
                    "ConditionalOperator can only be used when Filter or Expected has two or more elements");
        }
    }

    static boolean isOr(String conditionalOperator) {
        return "OR".equals(conditionalOperator);
    }
}
