package dev.cairn.core.item;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DynamoDB stores and returns numbers in canonical form, checked with DynamoDB Local's GetItem. */
class AttributeValuesCanonicalTest {

    @ParameterizedTest(name = "{0} is returned as {1}")
    @CsvSource({
        "1.0E2, 100", "1e2, 100", "0.0, 0", "-0, 0", "+1, 1", ".5, 0.5", "5., 5", "00.00E5, 0",
        "0000000000000000000000000000000000000000001, 1", "1.000000000000000000000000000000000000000000, 1",
        "1E-130, 0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
        "9.9999999999999999999999999999999999999E+125, 999999999999999999999999999999999999990000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "-12.3400, -12.34",
    })
    void numbersBecomeCanonical(String sent, String returned) {
        assertThat(AttributeValues.checked(AttributeValue.n(sent))).isEqualTo(AttributeValue.n(returned));
    }

    @Test
    void nestedNumbersAndNumberSetsBecomeCanonicalInPlace() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("a", AttributeValue.s("x"));
        item.put("m", new AttributeValue.M(Map.of("l", new AttributeValue.L(List.of(AttributeValue.n("1.50"), AttributeValue.s("y"))))));
        item.put("ns", new AttributeValue.NS(List.of("3", "2.0", "1E1")));
        Map<String, AttributeValue> checked = AttributeValues.checkedItem(item);
        assertThat(checked).containsExactly(
                Map.entry("a", AttributeValue.s("x")),
                Map.entry("m", new AttributeValue.M(Map.of("l", new AttributeValue.L(List.of(AttributeValue.n("1.5"), AttributeValue.s("y")))))),
                Map.entry("ns", new AttributeValue.NS(List.of("3", "2", "10"))));
    }

    @Test
    void alreadyCanonicalItemsAreReturnedUnchanged() {
        Map<String, AttributeValue> item = Map.of("n", AttributeValue.n("1.5"), "l", new AttributeValue.L(List.of(AttributeValue.n("2"))));
        assertThat(AttributeValues.checkedItem(item)).isSameAs(item);
    }
}
