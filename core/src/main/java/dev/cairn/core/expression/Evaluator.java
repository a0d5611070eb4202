package dev.cairn.core.expression;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.item.ByteRuns;
import java.util.Arrays;
import java.util.Map;

/**
 * Tests a resolved condition against an item. DynamoDB's rules: a missing attribute makes every
 * comparison false except {@code <>}; values of different types are unequal and unordered, never
 * an error; only numbers, strings and binaries are ordered; size() of a type without a size is
 * missing.
 */
final class Evaluator {

    private Evaluator() {}

    static boolean test(Predicate p, Map<String, AttributeValue> item) {
        if (p instanceof Predicate.And a) {
            return test(a.left(), item) && test(a.right(), item);
        }
        if (p instanceof Predicate.Or o) {
            return test(o.left(), item) || test(o.right(), item);
        }
        if (p instanceof Predicate.Not n) {
            return !test(n.inner(), item);
        }
        if (p instanceof Predicate.Compare c) {
            return compare(c.operator(), value(c.left(), item), value(c.right(), item));
        }
        if (p instanceof Predicate.Between b) {
            AttributeValue v = value(b.value(), item);
            AttributeValue lo = value(b.lower(), item);
            AttributeValue hi = value(b.upper(), item);
            return Values.orderable(v, lo) && Values.orderable(v, hi)
                    && Values.compare(lo, v) <= 0 && Values.compare(v, hi) <= 0;
        }
        if (p instanceof Predicate.In in) {
            AttributeValue v = value(in.value(), item);
            return in.candidates().stream().anyMatch(c -> Values.equal(v, value(c, item)));
        }
        if (p instanceof Predicate.Exists e) {
            return (e.path().get(item) != null) == e.expected();
        }
        if (p instanceof Predicate.TypeIs t) {
            AttributeValue v = value(t.of(), item);
            return v != null && v.type().equals(t.type());
        }
        if (p instanceof Predicate.BeginsWith b) {
            return beginsWith(value(b.value(), item), value(b.prefix(), item));
        }
        Predicate.Contains c = (Predicate.Contains) p;
        return contains(value(c.container(), item), value(c.element(), item));
    }

    /** The operand's value in the item, or null when it has none. */
    static AttributeValue value(Operand operand, Map<String, AttributeValue> item) {
        if (operand instanceof Operand.Constant c) {
            return c.value();
        }
        if (operand instanceof Operand.PathRef p) {
            return p.path().get(item);
        }
        if (operand instanceof Operand.Size s) {
            return size(value(s.of(), item));
        }
        throw new IllegalStateException("update operand in a condition: " + operand);
    }

    private static boolean compare(String operator, AttributeValue a, AttributeValue b) {
        switch (operator) {
            case "=":
                return Values.equal(a, b);
            case "<>":
                return !Values.equal(a, b);
            default:
                if (!Values.orderable(a, b)) {
                    return false;
                }
                int cmp = Values.compare(a, b);
                return switch (operator) {
                    case "<" -> cmp < 0;
                    case "<=" -> cmp <= 0;
                    case ">" -> cmp > 0;
                    default -> cmp >= 0;
                };
        }
    }

    private static AttributeValue size(AttributeValue v) {
        long n;
        if (v instanceof AttributeValue.S s) {
            n = s.value().length();
        } else if (v instanceof AttributeValue.B b) {
            n = b.value().length;
        } else if (SetValues.isSet(v)) {
            n = SetValues.elements(v).size();
        } else if (v instanceof AttributeValue.L l) {
            n = l.value().size();
        } else if (v instanceof AttributeValue.M m) {
            n = m.value().size();
        } else {
            return null;
        }
        return new AttributeValue.N(Long.toString(n));
    }

    private static boolean beginsWith(AttributeValue v, AttributeValue prefix) {
        if (v instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) {
            return s.value().startsWith(p.value());
        }
        if (v instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p) {
            return b.value().length >= p.value().length
                    && Arrays.equals(b.value(), 0, p.value().length, p.value(), 0, p.value().length);
        }
        return false;
    }

    private static boolean contains(AttributeValue container, AttributeValue element) {
        if (container == null || element == null) {
            return false;
        }
        if (container instanceof AttributeValue.S s) {
            return element instanceof AttributeValue.S e && s.value().contains(e.value());
        }
        if (container instanceof AttributeValue.B b) {
            return element instanceof AttributeValue.B e && ByteRuns.contains(b.value(), e.value());
        }
        if (SetValues.isSet(container)) {
            return SetValues.contains(container, element);
        }
        if (container instanceof AttributeValue.L l) {
            return l.value().stream().anyMatch(x -> Values.equal(x, element));
        }
        return false;
    }
}
