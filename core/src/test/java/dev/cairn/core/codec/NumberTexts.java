package dev.cairn.core.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Number text of every kind a request may carry, valid or not, weighted towards the edges of the
 * plain fast path: leading and trailing zeros, signs, zero in its many forms, 38 and 39
 * significant digits, magnitudes at the ends of DynamoDB's range, exponents and garbage.
 */
final class NumberTexts {

    private NumberTexts() {}

    static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, plain()),
                Tuple.of(3, aroundMaxPrecision()),
                Tuple.of(3, aroundTheRange()),
                Tuple.of(1, zeros()),
                Tuple.of(2, exponents()),
                Tuple.of(2, garbage()));
    }

    /** Valid numbers across DynamoDB's whole range: 1 to 38 digits, magnitudes 1E-130 to below 1E+126. */
    static Arbitrary<BigDecimal> numbers() {
        Arbitrary<BigDecimal> general = Combinators.combine(
                        Arbitraries.integers().between(1, 38),
                        Arbitraries.integers().between(-130, 125),
                        Arbitraries.strings().numeric().ofLength(38),
                        Arbitraries.of(1, -1))
                .as((digits, exponent, random, sign) -> {
                    BigInteger unscaled = new BigInteger(random.substring(0, digits)).max(BigInteger.TEN.pow(digits - 1));
                    BigDecimal value = new BigDecimal(unscaled, digits - 1 - exponent);
                    return sign < 0 ? value.negate() : value;
                });
        Arbitrary<BigDecimal> small = Arbitraries.integers().between(-100_000, 100_000)
                .flatMap(i -> Arbitraries.integers().between(-3, 6).map(scale -> BigDecimal.valueOf(i, scale)));
        return Arbitraries.frequencyOf(Tuple.of(3, general), Tuple.of(1, small));
    }

    /** Sign, leading zeros, digits, perhaps a point and digits, perhaps trailing zeros; "", "-", "1." and ".5" too. */
    static Arbitrary<String> plain() {
        return Combinators.combine(
                        Arbitraries.of("", "-"),
                        zeroRun(),
                        Arbitraries.strings().numeric().ofMaxLength(20),
                        Arbitraries.of("", "", "."),
                        Arbitraries.strings().numeric().ofMaxLength(20),
                        zeroRun())
                .as((sign, leading, integer, point, fraction, trailing) ->
                        sign + leading + integer + point + (point.isEmpty() ? "" : fraction) + trailing);
    }

    /** Exactly 36 to 41 significant digits, the point anywhere among them or around them, zeros either side. */
    private static Arbitrary<String> aroundMaxPrecision() {
        return Combinators.combine(
                        Arbitraries.of("", "-"),
                        Arbitraries.integers().between(36, 41),
                        Arbitraries.strings().numeric().ofLength(41),
                        Arbitraries.integers().between(-1, 41),
                        zeroRun(),
                        zeroRun())
                .as((sign, count, random, pointAt, leading, trailing) -> {
                    // Force the first and last digits non-zero so that exactly `count` are significant.
                    String digits = "7" + random.substring(0, count - 2) + "3";
                    String body = leading + digits + trailing;
                    if (pointAt >= 0) {
                        int at = Math.min(pointAt, body.length());
                        body = (at == 0 ? "0" : "") + body.substring(0, at) + "." + body.substring(at);
                        if (body.endsWith(".")) {
                            body += "0";
                        }
                    }
                    return sign + body;
                });
    }

    /** Plain renderings of magnitudes from below 1E-130 to above 1E+126, some with extra zeros. */
    private static Arbitrary<String> aroundTheRange() {
        return Combinators.combine(
                        Arbitraries.of("", "-"),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.strings().numeric().ofLength(40),
                        Arbitraries.frequencyOf(
                                Tuple.of(1, Arbitraries.integers().between(-140, 140)),
                                Tuple.of(2, Arbitraries.integers().between(-133, -127)),
                                Tuple.of(2, Arbitraries.integers().between(123, 128))),
                        Arbitraries.of("", "0", ".0", "00"))
                .as((sign, digits, random, exponent, padding) -> {
                    BigInteger unscaled = new BigInteger(random.substring(0, digits)).max(BigInteger.TEN.pow(digits - 1));
                    String plain = new BigDecimal(unscaled, digits - 1 - exponent).toPlainString();
                    String padded = padding.equals(".0") ? (plain.contains(".") ? plain + "0" : plain + ".0")
                            : padding + plain;
                    return sign + padded;
                });
    }

    private static Arbitrary<String> zeros() {
        return Arbitraries.of("0", "-0", "00", "0.0", "-0.000", "000.000", "0.", ".0", "-.0", "-00", "0e5", "-0E-200",
                "0".repeat(50), "0." + "0".repeat(200), "-" + "0".repeat(140) + ".0");
    }

    private static Arbitrary<String> exponents() {
        return Combinators.combine(
                        plain(),
                        Arbitraries.of("e", "E"),
                        Arbitraries.of("", "+", "-"),
                        Arbitraries.integers().between(0, 200))
                .as((mantissa, e, sign, exponent) -> mantissa + e + sign + exponent);
    }

    private static Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789.-+eE \t,x\u0661\u00a0").ofMaxLength(8),
                Arbitraries.of("", " 1", "1 ", "\t1", "+1", "+0.5", "--1", "-+1", "1..2", "1.2.3", "1-", "NaN",
                        "Infinity", "-Infinity", "0x10", "1_000", "\u0661\u0662", "1\u0662", "1e", "e1", ".e1",
                        "1E999999999999", "1E-999999999999", "-", ".", "-.", "1.", ".5", "-.5", "-5.", "\u00a01"));
    }

    private static Arbitrary<String> zeroRun() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.strings().withChars('0').ofMinLength(1).ofMaxLength(4)));
    }
}
