package dev.cairn.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.model.AttributeValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Byte order of key encodings equals DynamoDB's order of the values, and decoding inverts encoding. */
class KeyCodecOrderPropertyTest {

    @Property(tries = 3000)
    void numberEncodingsSortNumerically(@ForAll("numbers") BigDecimal a, @ForAll("numbers") BigDecimal b) {
        int expected = Integer.signum(a.compareTo(b));
        assertThat(Integer.signum(Arrays.compareUnsigned(number(a), number(b)))).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void numbersRoundTripToTheirCanonicalText(@ForAll("numbers") BigDecimal a) {
        AttributeValue decoded = KeyCodec.decodeOne(number(a), "N");
        assertThat(new BigDecimal(((AttributeValue.N) decoded).value())).isEqualByComparingTo(a);
        assertThat(decoded).isEqualTo(AttributeValue.n(Numbers.canonical(a)));
    }

    @Property(tries = 2000)
    void stringEncodingsSortByUnsignedUtf8Bytes(@ForAll("strings") String a, @ForAll("strings") String b) {
        int expected = Integer.signum(Arrays.compareUnsigned(utf8(a), utf8(b)));
        byte[] ea = KeyCodec.encode(AttributeValue.s(a));
        byte[] eb = KeyCodec.encode(AttributeValue.s(b));
        assertThat(Integer.signum(Arrays.compareUnsigned(ea, eb))).isEqualTo(expected);
        assertThat(KeyCodec.decodeOne(ea, "S")).isEqualTo(AttributeValue.s(a));
    }

    @Property(tries = 2000)
    void binaryEncodingsSortByUnsignedBytes(@ForAll("binaries") byte[] a, @ForAll("binaries") byte[] b) {
        int expected = Integer.signum(Arrays.compareUnsigned(a, b));
        byte[] ea = KeyCodec.encode(AttributeValue.b(a));
        byte[] eb = KeyCodec.encode(AttributeValue.b(b));
        assertThat(Integer.signum(Arrays.compareUnsigned(ea, eb))).isEqualTo(expected);
        assertThat(KeyCodec.decodeOne(ea, "B")).isEqualTo(AttributeValue.b(a));
    }

    @Property(tries = 2000)
    void concatenatedKeysSortLexicographicallyByComponent(
            @ForAll("binaries") byte[] a1, @ForAll("numbers") BigDecimal a2, @ForAll("strings") String a3,
            @ForAll("binaries") byte[] b1, @ForAll("numbers") BigDecimal b2, @ForAll("strings") String b3) {
        int expected = Arrays.compareUnsigned(a1, b1);
        if (expected == 0) {
            expected = a2.compareTo(b2);
        }
        if (expected == 0) {
            expected = Arrays.compareUnsigned(utf8(a3), utf8(b3));
        }
        List<AttributeValue> a = List.of(AttributeValue.b(a1), AttributeValue.n(a2.toString()), AttributeValue.s(a3));
        List<AttributeValue> b = List.of(AttributeValue.b(b1), AttributeValue.n(b2.toString()), AttributeValue.s(b3));
        byte[] ea = KeyCodec.encode(a);
        byte[] eb = KeyCodec.encode(b);
        assertThat(Integer.signum(Arrays.compareUnsigned(ea, eb))).isEqualTo(Integer.signum(expected));
        List<AttributeValue> decoded = KeyCodec.decode(ea, 0, List.of("B", "N", "S"));
        assertThat(decoded.get(0)).isEqualTo(a.get(0));
        assertThat(new BigDecimal(((AttributeValue.N) decoded.get(1)).value())).isEqualByComparingTo(a2);
        assertThat(decoded.get(2)).isEqualTo(a.get(2));
    }

    @Property(tries = 2000)
    void prefixEncodingBoundsExactlyTheStringsWithThatPrefix(@ForAll("strings") String prefix, @ForAll("strings") String s) {
        byte[] start = KeyCodec.encodePrefix(AttributeValue.s(prefix));
        byte[] end = KeyCodec.successor(start);
        byte[] key = KeyCodec.encode(List.of(AttributeValue.s(s), AttributeValue.n("1")));
        boolean inRange = Arrays.compareUnsigned(key, start) >= 0
                && (end == null || Arrays.compareUnsigned(key, end) < 0);
        assertThat(inRange).isEqualTo(s.startsWith(prefix));
    }

    @Property(tries = 2000)
    void prefixEncodingBoundsExactlyTheBinariesWithThatPrefix(@ForAll("binaries") byte[] prefix, @ForAll("binaries") byte[] b) {
        byte[] start = KeyCodec.encodePrefix(AttributeValue.b(prefix));
        byte[] end = KeyCodec.successor(start);
        byte[] key = KeyCodec.encode(AttributeValue.b(b));
        boolean inRange = Arrays.compareUnsigned(key, start) >= 0
                && (end == null || Arrays.compareUnsigned(key, end) < 0);
        boolean startsWith = b.length >= prefix.length
                && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
        assertThat(inRange).isEqualTo(startsWith);
    }

    /** Numbers across DynamoDB's whole range: up to 38 digits, magnitudes 1E-130 to below 1E+126. */
    @Provide
    Arbitrary<BigDecimal> numbers() {
        Arbitrary<BigDecimal> general = Combinators.combine(
                        Arbitraries.integers().between(1, 38),
                        Arbitraries.integers().between(-130, 125),
                        Arbitraries.longs(),
                        Arbitraries.longs(),
                        Arbitraries.of(1, -1))
                .as(KeyCodecOrderPropertyTest::number);
        Arbitrary<BigDecimal> small = Arbitraries.integers().between(-10_000, 10_000)
                .flatMap(i -> Arbitraries.integers().between(0, 4).map(scale -> BigDecimal.valueOf(i, scale)));
        Arbitrary<BigDecimal> edges = Arbitraries.of(
                BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE.negate(), new BigDecimal("1E-130"),
                new BigDecimal("-1E-130"), new BigDecimal("9.9999999999999999999999999999999999999E+125"),
                new BigDecimal("-9.9999999999999999999999999999999999999E+125"), new BigDecimal("1E+125"),
                new BigDecimal("0.01"), new BigDecimal("0.1"), new BigDecimal("10"), new BigDecimal("100"),
                new BigDecimal("99"), new BigDecimal("101"), new BigDecimal("-0.5"), new BigDecimal("-0.51"),
                new BigDecimal("12345678901234567890123456789012345678"));
        return Arbitraries.frequencyOf(
                Tuple.of(6, general), Tuple.of(3, small), Tuple.of(1, edges));
    }

    /** A number with {@code digits} significant digits whose leading digit is at 10^exponent. */
    private static BigDecimal number(int digits, int exponent, long r1, long r2, int sign) {
        BigInteger random = new BigInteger(Long.toUnsignedString(r1) + Long.toUnsignedString(r2));
        BigInteger unscaled = random.mod(BigInteger.TEN.pow(digits)).max(BigInteger.TEN.pow(digits - 1));
        BigDecimal value = new BigDecimal(unscaled, digits - 1 - exponent);
        return sign < 0 ? value.negate() : value;
    }

    @Provide
    Arbitrary<String> strings() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 3)),
                Tuple.of(3, Arbitraries.integers().between(0x61, 0x63)),
                Tuple.of(1, Arbitraries.integers().between(0x7F, 0x800)),
                Tuple.of(1, Arbitraries.of(0xD7FF, 0xE000, 0xFFFF, 0xFFFD)),
                Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)));
        return codePoints.list().ofMaxSize(6).map(cps -> {
            StringBuilder sb = new StringBuilder();
            cps.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }

    @Provide
    Arbitrary<byte[]> binaries() {
        Arbitrary<Byte> bytes = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of((byte) 0x00, (byte) 0xFF, (byte) 0x01, (byte) 0xFE)),
                Tuple.of(1, Arbitraries.bytes()));
        return bytes.array(byte[].class).ofMaxSize(6);
    }

    private static byte[] number(BigDecimal value) {
        return KeyCodec.encode(AttributeValue.n(value.toString()));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
