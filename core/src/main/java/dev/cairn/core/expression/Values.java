package dev.cairn.core.expression;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.Numbers;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Value equality and order as expressions see them: numbers numerically, strings by UTF-8 bytes
 * (code point order), binary unsigned; sets as sets; only N, S and B are ordered. Kept private to
 * this package so expressions do not wait on the shared helpers being written elsewhere.
 */
final class Values {

    private Values() {}

    static boolean equal(AttributeValue a, AttributeValue b) {
        if (a == null || b == null || !a.type().equals(b.type())) {
            return false;
        }
        if (a instanceof AttributeValue.N x) {
            return number(x).compareTo(number((AttributeValue.N) b)) == 0;
        }
        if (a instanceof AttributeValue.L x) {
            List<AttributeValue> y = ((AttributeValue.L) b).value();
            if (x.value().size() != y.size()) {
                return false;
            }
            for (int i = 0; i < y.size(); i++) {
                if (!equal(x.value().get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof AttributeValue.M x) {
            Map<String, AttributeValue> y = ((AttributeValue.M) b).value();
            return x.value().size() == y.size()
                    && x.value().entrySet().stream().allMatch(e -> equal(e.getValue(), y.get(e.getKey())));
        }
        if (a instanceof AttributeValue.SS || a instanceof AttributeValue.NS || a instanceof AttributeValue.BS) {
            List<AttributeValue> x = SetValues.elements(a);
            List<AttributeValue> y = SetValues.elements(b);
            return x.size() == y.size() && x.stream().allMatch(e -> y.stream().anyMatch(f -> equal(e, f)));
        }
        return a.equals(b);
    }

    static boolean orderable(AttributeValue a, AttributeValue b) {
        return a != null && b != null && a.type().equals(b.type())
                && (a instanceof AttributeValue.N || a instanceof AttributeValue.S || a instanceof AttributeValue.B);
    }

    /** Order of two values that are {@link #orderable}. */
    static int compare(AttributeValue a, AttributeValue b) {
        if (a instanceof AttributeValue.N x) {
            return number(x).compareTo(number((AttributeValue.N) b));
        }
        if (a instanceof AttributeValue.S x) {
            return compareStrings(x.value(), ((AttributeValue.S) b).value());
        }
        return Arrays.compareUnsigned(((AttributeValue.B) a).value(), ((AttributeValue.B) b).value());
    }

    /** Code point order is UTF-8 byte order. */
    static int compareStrings(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    static BigDecimal number(AttributeValue.N n) {
        return Numbers.parse(n.value());
    }

    /** How DynamoDB prints a value inside its messages: {@code AttributeValue: {N:9}}. */
    static String describe(AttributeValue value) {
        return "AttributeValue: {" + value.type() + ":" + body(value) + "}";
    }

    private static String body(AttributeValue value) {
        if (value instanceof AttributeValue.S s) {
            return s.value();
        }
        if (value instanceof AttributeValue.N n) {
            return n.value();
        }
        if (value instanceof AttributeValue.B b) {
            int n = b.value().length;
            return "java.nio.HeapByteBuffer[pos=0 lim=" + n + " cap=" + n + "]";
        }
        if (value instanceof AttributeValue.Bool b) {
            return String.valueOf(b.value());
        }
        if (value instanceof AttributeValue.Null) {
            return "true";
        }
        if (value instanceof AttributeValue.SS s) {
            return s.value().toString();
        }
        if (value instanceof AttributeValue.NS s) {
            return s.value().toString();
        }
        if (value instanceof AttributeValue.L l) {
            return l.value().stream().map(Values::describe).toList().toString();
        }
        if (value instanceof AttributeValue.M m) {
            return m.value().keySet().toString();
        }
        return "[" + ((AttributeValue.BS) value).value().size() + " binaries]";
    }
}
