package dev.cairn.core.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every expected size here was measured against DynamoDB Local 3.3.1 by bisecting the largest accepted item. */
class ItemSizeTest {

    @ParameterizedTest(name = "N {0} counts {1} bytes")
    @CsvSource({
        "0, 1", "1, 2", "-1, 3", "9, 2", "10, 2", "11, 2", "99, 2", "100, 2", "101, 3", "123, 3", "1234, 3",
        "12345, 4", "0.1, 2", "0.01, 2", "0.12, 2", "0.123, 3", "1.5, 3", "12.5, 3", "1.25, 3", "-1.25, 4",
        "123.45, 4", "1234.5, 4", "-0.1, 3", "-0.001, 3", "1E10, 2", "1E-10, 2", "1E125, 2", "1E-130, 2",
        "12345678901234567890123456789012345678, 20", "-12345678901234567890123456789012345678, 21",
        "0.12345678901234567890123456789012345678, 20", "1.2345678901234567890123456789012345678, 21",
        "-1.2345678901234567890123456789012345678, 21", "-0.12345678901234567890123456789012345678, 21",
        "1.0E2, 2",
    })
    void numbersCountOneBytePlusOnePerBase100DigitPlusOneIfNegative(String number, int size) {
        assertThat(ItemSize.ofValue(AttributeValue.n(number))).isEqualTo(size);
    }

    @Test
    void scalarsCountTheirBytes() {
        assertThat(ItemSize.ofValue(AttributeValue.s(""))).isZero();
        assertThat(ItemSize.ofValue(AttributeValue.s("é\ud83d\ude00"))).isEqualTo(6);
        assertThat(ItemSize.ofValue(AttributeValue.s("ascii"))).isEqualTo(5);
        assertThat(ItemSize.ofValue(AttributeValue.s("ab\u00e9c\u65e5\ud83d\ude00d"))).isEqualTo(2 + 2 + 1 + 3 + 4 + 1);
        assertThat(ItemSize.ofValue(AttributeValue.s("ab\ud800c"))).isEqualTo(4);
        assertThat(ItemSize.ofValue(AttributeValue.b(new byte[5]))).isEqualTo(5);
        assertThat(ItemSize.ofValue(new AttributeValue.Bool(true))).isEqualTo(1);
        assertThat(ItemSize.ofValue(new AttributeValue.Null(true))).isEqualTo(1);
    }

    @Test
    void listsAndMapsCountThreeBytesPlusOnePerElement() {
        AttributeValue yes = new AttributeValue.Bool(true);
        assertThat(ItemSize.ofValue(new AttributeValue.L(List.of()))).isEqualTo(3);
        assertThat(ItemSize.ofValue(new AttributeValue.M(Map.of()))).isEqualTo(3);
        assertThat(ItemSize.ofValue(new AttributeValue.L(List.of(yes)))).isEqualTo(5);
        assertThat(ItemSize.ofValue(new AttributeValue.L(List.of(yes, new AttributeValue.Bool(false))))).isEqualTo(7);
        assertThat(ItemSize.ofValue(new AttributeValue.M(Map.of("ab", AttributeValue.s("xyz"))))).isEqualTo(9);
        Map<String, AttributeValue> two = new LinkedHashMap<>();
        two.put("ab", AttributeValue.s("xyz"));
        two.put("c", new AttributeValue.Null(true));
        assertThat(ItemSize.ofValue(new AttributeValue.M(two))).isEqualTo(12);
        assertThat(ItemSize.ofValue(new AttributeValue.L(List.of(new AttributeValue.L(List.of()))))).isEqualTo(7);
        assertThat(ItemSize.ofValue(new AttributeValue.M(Map.of("k", new AttributeValue.M(Map.of()))))).isEqualTo(8);
        assertThat(ItemSize.ofValue(new AttributeValue.L(List.of(AttributeValue.n("123"))))).isEqualTo(7);
        assertThat(ItemSize.ofValue(new AttributeValue.L(List.of(new AttributeValue.SS(List.of("a", "b")))))).isEqualTo(6);
    }

    @Test
    void setsCountTheSumOfTheirElements() {
        assertThat(ItemSize.ofValue(new AttributeValue.SS(List.of("a", "bc")))).isEqualTo(3);
        assertThat(ItemSize.ofValue(new AttributeValue.SS(List.of("", "a")))).isEqualTo(1);
        assertThat(ItemSize.ofValue(new AttributeValue.NS(List.of("1", "123", "-1")))).isEqualTo(8);
        assertThat(ItemSize.ofValue(new AttributeValue.BS(List.of(new byte[2], new byte[3])))).isEqualTo(5);
    }

    @Test
    void attributeNamesCountTheirUtf8Bytes() {
        assertThat(ItemSize.attribute("é", new AttributeValue.Bool(true))).isEqualTo(3);
        assertThat(ItemSize.of(Map.of("pk", AttributeValue.s("sz"), "s", AttributeValue.s("xyz")))).isEqualTo(8);
    }

    @Test
    void anItemOfExactly400KbIsAccepted() {
        Map<String, AttributeValue> item = itemOfSize(ItemSize.MAX_ITEM_BYTES);
        assertThat(ItemSize.of(item)).isEqualTo(409_600);
        assertThatCode(() -> ItemSize.check(item)).doesNotThrowAnyException();
        assertThatCode(() -> ItemSize.checkUpdated(item)).doesNotThrowAnyException();
    }

    @Test
    void anItemOneByteOver400KbIsRejected() {
        Map<String, AttributeValue> item = itemOfSize(ItemSize.MAX_ITEM_BYTES + 1);
        assertThatThrownBy(() -> ItemSize.check(item))
                .isInstanceOf(ApiException.class)
                .hasMessage("Item size has exceeded the maximum allowed size");
        assertThatThrownBy(() -> ItemSize.checkUpdated(item))
                .isInstanceOf(ApiException.class)
                .hasMessage("Item size to update has exceeded the maximum allowed size");
    }

    /** DynamoDB Local accepts pk "sz" with a string attribute "s" of 409,595 characters, and no more. */
    private static Map<String, AttributeValue> itemOfSize(int size) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.s("sz"));
        item.put("s", AttributeValue.s("x".repeat(size - 5)));
        return item;
    }
}
