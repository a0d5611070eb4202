package dev.cairn.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyCodecTest {

    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0, 8000",
        "1, c10200",
        "-1, 3efdff",
        "10, c10b00",
        "100, c20200",
        "0.5, c03300",
        "-0.5, 3fccff",
        "1E-130, 800200",
        "-1E-130, 7ffdff",
        "9.9999999999999999999999999999999999999E+125, ff6464646464646464646464646464646464646400",
    })
    void numbersHaveTheDocumentedLayout(String number, String hex) {
        assertThat(HEX.formatHex(KeyCodec.encode(AttributeValue.n(number)))).isEqualTo(hex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"100", "1E2", "1.0E2", "1e+2", "100.000", "+100", "0100", "10000E-2"})
    void equalNumbersInAnyNotationEncodeIdentically(String text) {
        assertThat(KeyCodec.encode(AttributeValue.n(text))).isEqualTo(KeyCodec.encode(AttributeValue.n("100")));
        assertThat(KeyCodec.decodeOne(KeyCodec.encode(AttributeValue.n(text)), "N")).isEqualTo(AttributeValue.n("100"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "0.0", "0E10", "-0.000"})
    void everyZeroIsTheSameKey(String text) {
        assertThat(KeyCodec.decodeOne(KeyCodec.encode(AttributeValue.n(text)), "N")).isEqualTo(AttributeValue.n("0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+126", "-1E+126", "1E-131", "123456789012345678901234567890123456789", "abc", ""})
    void numbersOutsideDynamoDbsDomainAreRejected(String text) {
        assertThatThrownBy(() -> KeyCodec.encode(AttributeValue.n(text))).isInstanceOf(ApiException.class);
    }

    @Test
    void numbersSortNumericallyAcrossSignsAndExponents() {
        List<String> ascending = List.of(
                "-9.9999999999999999999999999999999999999E+125", "-1E+125", "-100", "-99.5", "-10", "-1.01", "-1",
                "-0.51", "-0.5", "-0.0000001", "-1E-130", "0", "1E-130", "1.5E-130", "0.0000001", "0.5", "0.51",
                "1", "1.01", "10", "99.5", "100", "1E+125", "9.9999999999999999999999999999999999999E+125");
        assertSortedAsEncoded(ascending.stream().map(n -> (AttributeValue) AttributeValue.n(n)).toList());
    }

    @Test
    void stringsSortByUtf8BytesWithNulBelowEveryOtherCharacter() {
        List<AttributeValue> ascending = List.of("", "\0", "\0\0", "\0a", "a", "a\0", "a\0\0", "a\u0001", "ab", "b",
                "\u00e9", "\uffff", "\ud83d\ude00").stream().map(s -> (AttributeValue) AttributeValue.s(s)).toList();
        assertSortedAsEncoded(ascending);
    }

    @Test
    void binariesSortAsUnsignedBytes() {
        List<AttributeValue> ascending = List.of(new byte[0], new byte[] {0}, new byte[] {0, 0}, new byte[] {0, (byte) 0xFF},
                new byte[] {1}, new byte[] {(byte) 0x7F}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xFF, 0}).stream().map(b -> (AttributeValue) AttributeValue.b(b)).toList();
        assertSortedAsEncoded(ascending);
    }

    @Test
    void aShorterStringSortsFirstWhateverComponentFollows() {
        byte[] shortThenHigh = KeyCodec.encode(List.of(AttributeValue.s("a"), AttributeValue.b(new byte[] {(byte) 0xFF})));
        byte[] longThenLow = KeyCodec.encode(List.of(AttributeValue.s("a\0"), AttributeValue.b(new byte[0])));
        assertThat(Arrays.compareUnsigned(shortThenHigh, longThenLow)).isNegative();
    }

    @Test
    void componentsDecodeFromAnOffset() {
        byte[] key = KeyCodec.encode(List.of(AttributeValue.s("x\0y"), AttributeValue.n("-12.5"), AttributeValue.b(new byte[] {0, 1})));
        byte[] prefixed = new byte[key.length + 3];
        System.arraycopy(key, 0, prefixed, 3, key.length);
        assertThat(KeyCodec.decode(prefixed, 3, List.of("S", "N", "B")))
                .containsExactly(AttributeValue.s("x\0y"), AttributeValue.n("-12.5"), AttributeValue.b(new byte[] {0, 1}));
    }

    @Test
    void encodingToAStreamAppendsTheSameBytes() {
        var out = new java.io.ByteArrayOutputStream();
        KeyCodec.encode(AttributeValue.s("k"), out);
        KeyCodec.encode(AttributeValue.n("7"), out);
        assertThat(out.toByteArray()).isEqualTo(KeyCodec.encode(List.of(AttributeValue.s("k"), AttributeValue.n("7"))));
    }

    @Test
    void prefixOfAStringIsItsEscapedBytesWithoutTerminator() {
        assertThat(HEX.formatHex(KeyCodec.encodePrefix(AttributeValue.s("a\0")))).isEqualTo("6100ff");
        assertThat(HEX.formatHex(KeyCodec.encode(AttributeValue.s("a\0")))).isEqualTo("6100ff0000");
    }

    @ParameterizedTest(name = "successor of [{0}] is [{1}]")
    @CsvSource(value = {"61, 62", "61ff, 62", "6100ff, 6101", "00, 01", "01ffff, 02", "ff, NULL", "ffff, NULL", "'', NULL"},
            nullValues = "NULL")
    void successorIsTheSmallestKeyAfterEveryExtensionOfThePrefix(String prefix, String successor) {
        byte[] next = KeyCodec.successor(HEX.parseHex(prefix));
        assertThat(next == null ? null : HEX.formatHex(next)).isEqualTo(successor);
    }

    @Test
    void onlyStringsNumbersAndBinariesAreKeys() {
        assertThatThrownBy(() -> KeyCodec.encode(new AttributeValue.Bool(true))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyCodec.encodePrefix(AttributeValue.n("1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedKeysAreRejected() {
        assertThatThrownBy(() -> KeyCodec.decodeOne(HEX.parseHex("610000ff"), "S")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyCodec.decodeOne(HEX.parseHex("6100"), "S")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyCodec.decodeOne(HEX.parseHex("610001"), "S")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyCodec.decodeOne(HEX.parseHex("c1"), "N")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyCodec.decodeOne(HEX.parseHex("c100"), "N")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSortedAsEncoded(List<AttributeValue> ascending) {
        List<byte[]> encoded = new ArrayList<>();
        for (AttributeValue value : ascending) {
            encoded.add(KeyCodec.encode(value));
        }
        for (int i = 1; i < encoded.size(); i++) {
            assertThat(Arrays.compareUnsigned(encoded.get(i - 1), encoded.get(i)))
                    .as("%s < %s", ascending.get(i - 1), ascending.get(i))
                    .isNegative();
        }
    }
}
