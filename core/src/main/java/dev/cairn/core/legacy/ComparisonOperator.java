package dev.cairn.core.legacy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import java.util.List;
import java.util.Set;

/**
 * The ComparisonOperator of the legacy Expected, KeyConditions, QueryFilter and ScanFilter
 * parameters, with the rules DynamoDB checks before evaluating anything: how many values the
 * AttributeValueList holds, which value types the operator accepts, and that the several values of
 * IN and BETWEEN share one type. Messages are DynamoDB Local 3.3.1's.
 */
enum ComparisonOperator {
    EQ(1, 1, Types.ANY), NE(1, 1, Types.ANY),
    LE(1, 1, Types.SCALAR), LT(1, 1, Types.SCALAR), GE(1, 1, Types.SCALAR), GT(1, 1, Types.SCALAR),
    NOT_NULL(0, 0, Types.ANY), NULL(0, 0, Types.ANY),
    CONTAINS(1, 1, Types.CONTAINABLE), NOT_CONTAINS(1, 1, Types.CONTAINABLE),
    BEGINS_WITH(1, 1, Types.PREFIX),
    IN(1, Integer.MAX_VALUE, Types.SCALAR), BETWEEN(2, 2, Types.SCALAR);

    static final String INVALID = "One or more parameter values were invalid: ";

    private final int minValues;
    private final int maxValues;
    private final Set<String> types;

    ComparisonOperator(int minValues, int maxValues, Set<String> types) {
        this.minValues = minValues;
        this.maxValues = maxValues;
        this.types = types;
    }

    /** @throws ApiException for a missing or unknown operator (names are case-sensitive) */
    static ComparisonOperator parse(String name) {
        for (ComparisonOperator op : values()) {
            if (op.name().equals(name)) {
                return op;
            }
        }
        throw ApiException.validation("Comparison type does not exist in DynamoDB");
    }

    boolean takesValues() {
        return minValues > 0;
    }

    /** Arity first, then each value's type in order, then BETWEEN's bounds. */
    void checkValues(List<AttributeValue> values) {
        if (values.size() < minValues || values.size() > maxValues) {
            throw ApiException.validation(INVALID + "Invalid number of argument(s) for the " + this
                    + " ComparisonOperator");
        }
        for (int i = 0; i < values.size(); i++) {
            String type = values.get(i).type();
            if (!types.contains(type)) {
                throw ApiException.validation(INVALID + "ComparisonOperator " + this + " is not valid for " + type
                        + " AttributeValue type");
            }
            if (i > 0 && !type.equals(values.get(0).type())) {
                throw ApiException.validation(INVALID + "AttributeValues inside AttributeValueList must be of same type");
            }
        }
        if (this == BETWEEN && Comparisons.compare(values.get(0), values.get(1)) > 0) {
            throw ApiException.validation(
                    "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound");
        }
    }

    private static final class Types {
        static final Set<String> ANY = Set.of("S", "N", "B", "BOOL", "NULL", "SS", "NS", "BS", "L", "M");
        static final Set<String> SCALAR = Set.of("S", "N", "B");
        static final Set<String> CONTAINABLE = Set.of("S", "N", "B", "BOOL", "NULL");
        static final Set<String> PREFIX = Set.of("S", "B");
    }
}
