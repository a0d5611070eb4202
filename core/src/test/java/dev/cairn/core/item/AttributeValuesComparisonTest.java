package dev.cairn.core.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributeValuesComparisonTest {

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({"-1, 0", "0.5, 1", "9, 10", "1E-130, 1E-129", "-100, -99.99", "1.5, 1.50001"})
    void numbersOrderNumerically(String smaller, String larger) {
        assertThat(AttributeValues.compareScalars(AttributeValue.n(smaller), AttributeValue.n(larger))).isNegative();
        assertThat(AttributeValues.compareScalars(AttributeValue.n(larger), AttributeValue.n(smaller))).isPositive();
    }

    @Test
    void equalNumbersInDifferentNotationCompareEqual() {
        assertThat(AttributeValues.compareScalars(AttributeValue.n("100"), AttributeValue.n("1.0E2"))).isZero();
    }

    @Test
    void stringsOrderByUtf8BytesNotUtf16Units() {
        // U+FFFF is 0xEF 0xBF 0xBF in UTF-8, below U+1F600 (0xF0 ...), though its UTF-16 unit is larger.
        assertThat(AttributeValues.compareScalars(AttributeValue.s("\uffff"), AttributeValue.s("\ud83d\ude00"))).isNegative();
        assertThat(AttributeValues.compareScalars(AttributeValue.s("\ud7ff"), AttributeValue.s("\ud83d\ude00"))).isNegative();
        assertThat(AttributeValues.compareScalars(AttributeValue.s("B"), AttributeValue.s("a"))).isNegative();
        assertThat(AttributeValues.compareScalars(AttributeValue.s("a"), AttributeValue.s("a\0"))).isNegative();
        assertThat(AttributeValues.compareScalars(AttributeValue.s("ab"), AttributeValue.s("ab"))).isZero();
    }

    @Test
    void binariesOrderAsUnsignedBytes() {
        assertThat(AttributeValues.compareScalars(AttributeValue.b(new byte[] {1}), AttributeValue.b(new byte[] {(byte) 0x80}))).isNegative();
        assertThat(AttributeValues.compareScalars(AttributeValue.b(new byte[] {1}), AttributeValue.b(new byte[] {1, 0}))).isNegative();
    }

    @Test
    void onlyScalarsOfTheSameTypeAreOrdered() {
        assertThatThrownBy(() -> AttributeValues.compareScalars(AttributeValue.s("1"), AttributeValue.n("1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttributeValues.compareScalars(new AttributeValue.Bool(true), new AttributeValue.Bool(true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersAreEqualNumerically() {
        assertThat(AttributeValues.equal(AttributeValue.n("1"), AttributeValue.n("1.00"))).isTrue();
        assertThat(AttributeValues.equal(AttributeValue.n("1"), AttributeValue.n("1.01"))).isFalse();
    }

    @Test
    void setsAreEqualWhateverTheirOrder() {
        assertThat(AttributeValues.equal(new AttributeValue.SS(List.of("a", "b")), new AttributeValue.SS(List.of("b", "a")))).isTrue();
        assertThat(AttributeValues.equal(new AttributeValue.SS(List.of("a", "b")), new AttributeValue.SS(List.of("a")))).isFalse();
        assertThat(AttributeValues.equal(new AttributeValue.NS(List.of("1", "2.0")), new AttributeValue.NS(List.of("2", "1E0")))).isTrue();
        assertThat(AttributeValues.equal(new AttributeValue.BS(List.of(new byte[] {1}, new byte[] {2})),
                new AttributeValue.BS(List.of(new byte[] {2}, new byte[] {1})))).isTrue();
        assertThat(AttributeValues.equal(new AttributeValue.BS(List.of(new byte[] {1})),
                new AttributeValue.BS(List.of(new byte[] {1, 0})))).isFalse();
    }

    @Test
    void mapsAndListsAreEqualDeeply() {
        Map<String, AttributeValue> a = new LinkedHashMap<>();
        a.put("x", AttributeValue.n("1.0"));
        a.put("y", new AttributeValue.L(List.of(new AttributeValue.NS(List.of("1", "2")))));
        Map<String, AttributeValue> b = new LinkedHashMap<>();
        b.put("y", new AttributeValue.L(List.of(new AttributeValue.NS(List.of("2", "1")))));
        b.put("x", AttributeValue.n("1"));
        assertThat(AttributeValues.equal(new AttributeValue.M(a), new AttributeValue.M(b))).isTrue();
        assertThat(AttributeValues.equal(new AttributeValue.L(List.of(AttributeValue.s("a"), AttributeValue.s("b"))),
                new AttributeValue.L(List.of(AttributeValue.s("b"), AttributeValue.s("a"))))).isFalse();
        b.put("z", new AttributeValue.Null(true));
        assertThat(AttributeValues.equal(new AttributeValue.M(a), new AttributeValue.M(b))).isFalse();
    }

    @Test
    void valuesOfDifferentTypesAreNeverEqual() {
        assertThat(AttributeValues.equal(AttributeValue.s("1"), AttributeValue.n("1"))).isFalse();
        assertThat(AttributeValues.equal(new AttributeValue.SS(List.of("1")), new AttributeValue.NS(List.of("1")))).isFalse();
        assertThat(AttributeValues.equal(AttributeValue.b(new byte[] {1}), AttributeValue.b(new byte[] {1}))).isTrue();
        assertThat(AttributeValues.equal(new AttributeValue.Bool(true), new AttributeValue.Bool(false))).isFalse();
    }
}
