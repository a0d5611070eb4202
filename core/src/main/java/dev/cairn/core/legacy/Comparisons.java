package dev.cairn.core.legacy;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.item.AttributeValues;
import dev.cairn.core.item.ByteRuns;
import java.util.Arrays;
import java.util.List;

/**
 * How each legacy ComparisonOperator judges an item's attribute against its values. DynamoDB's
 * rules: a missing attribute satisfies only NE and NULL; values of different types are unequal and
 * unordered, never an error; CONTAINS looks for a substring (S), a byte run (B), a member (sets)
 * or an element (L), and NOT_CONTAINS needs the attribute to exist.
 */
final class Comparisons {

    private Comparisons() {}

    /** @param actual the attribute's value, or null when the item lacks it */
    static boolean test(ComparisonOperator op, AttributeValue actual, List<AttributeValue> values) {
        return switch (op) {
            case NULL -> actual == null;
            case NOT_NULL -> actual != null;
            case EQ -> actual != null && AttributeValues.equal(actual, values.get(0));
            case NE -> actual == null || !AttributeValues.equal(actual, values.get(0));
            case LT -> ordered(actual, values.get(0)) && compare(actual, values.get(0)) < 0;
            case LE -> ordered(actual, values.get(0)) && compare(actual, values.get(0)) <= 0;
            case GT -> ordered(actual, values.get(0)) && compare(actual, values.get(0)) > 0;
            case GE -> ordered(actual, values.get(0)) && compare(actual, values.get(0)) >= 0;
            case BETWEEN -> ordered(actual, values.get(0))
                    && compare(values.get(0), actual) <= 0 && compare(actual, values.get(1)) <= 0;
            case IN -> actual != null && values.stream().anyMatch(v -> AttributeValues.equal(actual, v));
            case BEGINS_WITH -> beginsWith(actual, values.get(0));
            case CONTAINS -> contains(actual, values.get(0));
            case NOT_CONTAINS -> actual != null && !contains(actual, values.get(0));
        };
    }

    /** Order of two scalars of the same type (S, N or B). */
    static int compare(AttributeValue a, AttributeValue b) {
        return AttributeValues.compareScalars(a, b);
    }

    private static boolean ordered(AttributeValue actual, AttributeValue value) {
        return actual != null && actual.type().equals(value.type());
    }

    private static boolean beginsWith(AttributeValue actual, AttributeValue prefix) {
        if (actual instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) {
            return s.value().startsWith(p.value());
        }
        if (actual instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p) {
            return b.value().length >= p.value().length
                    && Arrays.equals(b.value(), 0, p.value().length, p.value(), 0, p.value().length);
        }
        return false;
    }

    private static boolean contains(AttributeValue container, AttributeValue element) {
        if (container instanceof AttributeValue.S s) {
            return element instanceof AttributeValue.S e && s.value().contains(e.value());
        }
        if (container instanceof AttributeValue.B b) {
            return element instanceof AttributeValue.B e && ByteRuns.contains(b.value(), e.value());
        }
        if (container instanceof AttributeValue.SS ss) {
            return element instanceof AttributeValue.S e && ss.value().contains(e.value());
        }
        if (container instanceof AttributeValue.NS ns) {
            return element instanceof AttributeValue.N
                    && ns.value().stream().anyMatch(n -> AttributeValues.equal(new AttributeValue.N(n), element));
        }
        if (container instanceof AttributeValue.BS bs) {
            return element instanceof AttributeValue.B e && bs.value().stream().anyMatch(x -> Arrays.equals(x, e.value()));
        }
        if (container instanceof AttributeValue.L l) {
            return l.value().stream().anyMatch(x -> AttributeValues.equal(x, element));
        }
        return false;
    }
}
