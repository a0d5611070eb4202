package dev.cairn.core.codec;

import dev.cairn.api.model.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random valid attribute values and items, nested a few levels, for codec properties. */
final class AttributeValueArbitraries {

    private AttributeValueArbitraries() {}

    static Arbitrary<Map<String, AttributeValue>> items() {
        return map(3);
    }

    static Arbitrary<String> strings() {
        return Arbitraries.strings().withCharRange('\0', '\u00ff').withChars('\ud83d', '\ude00', '\uffff', 'é')
                .ofMaxLength(12)
                .filter(AttributeValueArbitraries::wellFormed);
    }

    /** Canonical numbers: DynamoDB returns only these, and the codec must give them back verbatim. */
    static Arbitrary<String> canonicalNumbers() {
        return Arbitraries.bigIntegers().between(
                        new java.math.BigInteger("-99999999999999999999999999999999999999"),
                        new java.math.BigInteger("99999999999999999999999999999999999999"))
                .flatMap(unscaled -> Arbitraries.integers().between(-87, 130)
                        .map(scale -> Numbers.canonical(Numbers.check(new BigDecimal(unscaled, scale)))))
                .ignoreException(dev.cairn.api.ApiException.class);
    }

    static Arbitrary<byte[]> binaries() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(10);
    }

    private static Arbitrary<AttributeValue> value(int depth) {
        List<Arbitrary<? extends AttributeValue>> choices = new ArrayList<>(List.of(
                strings().map(AttributeValue::s),
                canonicalNumbers().map(AttributeValue::n),
                binaries().map(AttributeValue::b),
                Arbitraries.of(true, false).map(AttributeValue.Bool::new),
                Arbitraries.just(new AttributeValue.Null(true)),
                strings().set().ofMinSize(1).ofMaxSize(4).map(s -> new AttributeValue.SS(new ArrayList<>(s))),
                canonicalNumbers().set().ofMinSize(1).ofMaxSize(4).map(s -> new AttributeValue.NS(new ArrayList<>(s))),
                binaries().list().ofMinSize(1).ofMaxSize(4).map(AttributeValue.BS::new)));
        if (depth > 0) {
            choices.add(map(depth - 1).map(AttributeValue.M::new));
            choices.add(Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(4).map(AttributeValue.L::new));
        }
        return Arbitraries.oneOf(choices);
    }

    private static Arbitrary<Map<String, AttributeValue>> map(int depth) {
        return Arbitraries.lazy(() -> value(depth)).list().ofMaxSize(5)
                .flatMap(values -> strings().list().ofSize(values.size()).uniqueElements().map(names -> {
                    Map<String, AttributeValue> m = new LinkedHashMap<>();
                    for (int i = 0; i < values.size(); i++) {
                        m.put(names.get(i), values.get(i));
                    }
                    return m;
                }));
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
