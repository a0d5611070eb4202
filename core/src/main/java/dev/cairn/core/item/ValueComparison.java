package dev.cairn.core.item;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.codec.Numbers;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DynamoDB's order and equality of values, for conditions, filters and key comparisons. Java's
 * own notions differ: String.compareTo orders UTF-16 units (not UTF-8 bytes), BigDecimal.equals
 * sees scale, and the model keeps sets as ordered lists.
 */
final class ValueComparison {

    private ValueComparison() {}

    static int compareScalars(AttributeValue a, AttributeValue b) {
        if (a instanceof AttributeValue.S x && b instanceof AttributeValue.S y) {
            return compareUtf8(x.value(), y.value());
        } else if (a instanceof AttributeValue.N x && b instanceof AttributeValue.N y) {
            return Numbers.parse(x.value()).compareTo(Numbers.parse(y.value()));
        } else if (a instanceof AttributeValue.B x && b instanceof AttributeValue.B y) {
            return Arrays.compareUnsigned(x.value(), y.value());
        }
        throw new IllegalArgumentException("cannot order " + a.type() + " and " + b.type());
    }

    /**
     * Orders strings as their UTF-8 bytes order, i.e. by code point: at the first differing UTF-16
     * unit, surrogates (supplementary code points) are moved above U+E000..U+FFFF.
     */
    static int compareUtf8(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= 0xD800 && y >= 0xD800) {
                    return Integer.compare(codePointRank(x), codePointRank(y));
                }
                return Character.compare(x, y);
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int codePointRank(char c) {
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }

    static boolean equal(AttributeValue a, AttributeValue b) {
        if (a instanceof AttributeValue.N x && b instanceof AttributeValue.N y) {
            return Numbers.parse(x.value()).compareTo(Numbers.parse(y.value())) == 0;
        } else if (a instanceof AttributeValue.M x && b instanceof AttributeValue.M y) {
            return mapsEqual(x.value(), y.value());
        } else if (a instanceof AttributeValue.L x && b instanceof AttributeValue.L y) {
            return listsEqual(x.value(), y.value());
        } else if (a instanceof AttributeValue.SS x && b instanceof AttributeValue.SS y) {
            return new HashSet<>(x.value()).equals(new HashSet<>(y.value()));
        } else if (a instanceof AttributeValue.NS x && b instanceof AttributeValue.NS y) {
            return numberSet(x.value()).equals(numberSet(y.value()));
        } else if (a instanceof AttributeValue.BS x && b instanceof AttributeValue.BS y) {
            return binarySet(x.value()).equals(binarySet(y.value()));
        }
        return a.equals(b); // S, B (by content), BOOL, NULL; different types are never equal
    }

    private static boolean mapsEqual(Map<String, AttributeValue> x, Map<String, AttributeValue> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (Map.Entry<String, AttributeValue> e : x.entrySet()) {
            AttributeValue other = y.get(e.getKey());
            if (other == null || !equal(e.getValue(), other)) {
                return false;
            }
        }
        return true;
    }

    private static boolean listsEqual(List<AttributeValue> x, List<AttributeValue> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!equal(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Numbers.parse strips trailing zeros, so equal numbers are equal BigDecimals. */
    private static Set<BigDecimal> numberSet(List<String> elements) {
        Set<BigDecimal> set = new HashSet<>();
        for (String element : elements) {
            set.add(Numbers.parse(element));
        }
        return set;
    }

    private static Set<ByteBuffer> binarySet(List<byte[]> elements) {
        Set<ByteBuffer> set = new HashSet<>();
        for (byte[] element : elements) {
            set.add(ByteBuffer.wrap(element));
        }
        return set;
    }
}
