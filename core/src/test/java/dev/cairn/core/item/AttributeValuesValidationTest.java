package dev.cairn.core.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message here is DynamoDB Local 3.3.1's answer to a PutItem carrying the value. */
class AttributeValuesValidationTest {

    private static final String INVALID = "One or more parameter values were invalid: ";

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of(new AttributeValue.SS(List.of()), INVALID + "An string set  may not be empty"),
                Arguments.of(new AttributeValue.NS(List.of()), INVALID + "An number set  may not be empty"),
                Arguments.of(new AttributeValue.BS(List.of()), INVALID + "Binary sets should not be empty"),
                Arguments.of(new AttributeValue.SS(List.of("a", "a")), INVALID + "Input collection [a, a] contains duplicates"),
                Arguments.of(new AttributeValue.SS(List.of("b", "a", "b", "c")),
                        INVALID + "Input collection [b, a, b, c] contains duplicates"),
                Arguments.of(new AttributeValue.SS(List.of("b", "", "b")), INVALID + "Input collection [b, , b] contains duplicates"),
                Arguments.of(new AttributeValue.SS(List.of("a b", "a b")), INVALID + "Input collection [a b, a b] contains duplicates"),
                Arguments.of(new AttributeValue.NS(List.of("1", "1")), "Input collection contains duplicates"),
                Arguments.of(new AttributeValue.NS(List.of("1", "1.0")), "Input collection contains duplicates"),
                Arguments.of(new AttributeValue.NS(List.of("1.0", "1E0", "2")), "Input collection contains duplicates"),
                Arguments.of(new AttributeValue.BS(List.of(new byte[] {0, 1}, new byte[] {0, 1})),
                        INVALID + "Input collection of type BS contains duplicates."),
                Arguments.of(new AttributeValue.BS(List.of(new byte[] {0, 1}, new byte[] {0, 2}, new byte[] {0, 1})),
                        INVALID + "Input collection of type BS contains duplicates."),
                Arguments.of(new AttributeValue.Null(false), INVALID + "Null attribute value types must have the value of true"),
                Arguments.of(AttributeValue.n("abc"), "The parameter cannot be converted to a numeric value: abc"),
                Arguments.of(AttributeValue.n(""), "The parameter cannot be converted to a numeric value"),
                Arguments.of(AttributeValue.n(" 1"), "The parameter cannot be converted to a numeric value:  1"),
                Arguments.of(AttributeValue.n("Infinity"), "The parameter cannot be converted to a numeric value: Infinity"),
                Arguments.of(AttributeValue.n("0x10"), "The parameter cannot be converted to a numeric value: 0x10"),
                Arguments.of(AttributeValue.n("1E99999999999"), "The parameter cannot be converted to a numeric value: 1E99999999999"),
                Arguments.of(new AttributeValue.NS(List.of("1", "abc")), "The parameter cannot be converted to a numeric value: abc"),
                Arguments.of(new AttributeValue.NS(List.of("1", "x", "1")), "The parameter cannot be converted to a numeric value: x"),
                Arguments.of(AttributeValue.n("123456789012345678901234567890123456789"),
                        "Attempting to store more than 38 significant digits in a Number"),
                Arguments.of(AttributeValue.n("12345678901234567890123456789012345678.9"),
                        "Attempting to store more than 38 significant digits in a Number"),
                Arguments.of(AttributeValue.n("1E+126"),
                        "Number overflow. Attempting to store a number with magnitude larger than supported range"),
                Arguments.of(new AttributeValue.NS(List.of("1", "1E300")),
                        "Number overflow. Attempting to store a number with magnitude larger than supported range"),
                Arguments.of(AttributeValue.n("1E-131"),
                        "Number underflow. Attempting to store a number with magnitude smaller than supported range"),
                Arguments.of(AttributeValue.n("-1E-131"),
                        "Number underflow. Attempting to store a number with magnitude smaller than supported range"),
                Arguments.of(new AttributeValue.M(Map.of("x", new AttributeValue.L(List.of(new AttributeValue.SS(List.of()))))),
                        INVALID + "An string set  may not be empty"),
                Arguments.of(new AttributeValue.M(Map.of("x", new AttributeValue.L(List.of(new AttributeValue.Null(false))))),
                        INVALID + "Null attribute value types must have the value of true"),
                Arguments.of(new AttributeValue.L(List.of(AttributeValue.s("ok"), AttributeValue.n("1e999"))),
                        "Number overflow. Attempting to store a number with magnitude larger than supported range"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("invalidValues")
    void invalidValuesAreRejectedWithDynamoDbsMessage(AttributeValue value, String message) {
        assertThatThrownBy(() -> AttributeValues.validate(value))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION))
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("invalidValues")
    void invalidExpressionValuesNameTheirPlaceholder(AttributeValue value, String message) {
        assertThatThrownBy(() -> AttributeValues.validateExpressionValue(":v", value))
                .isInstanceOf(ApiException.class)
                .hasMessage("ExpressionAttributeValues contains invalid value: " + message + " for key :v");
    }

    static Stream<AttributeValue> validValues() {
        return Stream.of(
                AttributeValue.s(""), AttributeValue.b(new byte[0]), new AttributeValue.Null(true),
                new AttributeValue.Bool(false), AttributeValue.n("-0"), AttributeValue.n("9.9999999999999999999999999999999999999E+125"),
                AttributeValue.n("1E-130"), AttributeValue.n("1000000000000000000000000000000000000000"),
                AttributeValue.n("0000000000000000000000000000000000000000001"), new AttributeValue.SS(List.of("", "a")),
                new AttributeValue.NS(List.of("1", "2")), new AttributeValue.BS(List.of(new byte[0], new byte[] {0})),
                new AttributeValue.L(List.of()), new AttributeValue.M(Map.of()));
    }

    @ParameterizedTest
    @MethodSource("validValues")
    void validValuesPass(AttributeValue value) {
        assertThatCode(() -> AttributeValues.validate(value)).doesNotThrowAnyException();
    }

    @Test
    void theFirstInvalidAttributeInItemOrderIsReported() {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.s("a"));
        item.put("m", new AttributeValue.SS(List.of()));
        item.put("n", new AttributeValue.Null(false));
        assertThatThrownBy(() -> AttributeValues.validateItem(item)).hasMessage(INVALID + "An string set  may not be empty");

        Map<String, AttributeValue> reversed = new LinkedHashMap<>();
        reversed.put("n", AttributeValue.n("x"));
        reversed.put("m", new AttributeValue.SS(List.of("a", "a")));
        assertThatThrownBy(() -> AttributeValues.validateItem(reversed))
                .hasMessage("The parameter cannot be converted to a numeric value: x");
    }

    @Test
    void everyExpressionValueIsCheckedAndCanonicalised() {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        values.put(":a", AttributeValue.n("1.0E2"));
        values.put(":b", new AttributeValue.NS(List.of()));
        assertThatThrownBy(() -> AttributeValues.checkedExpressionValues(values))
                .hasMessage("ExpressionAttributeValues contains invalid value: " + INVALID
                        + "An number set  may not be empty for key :b");
        values.remove(":b");
        assertThat(AttributeValues.checkedExpressionValues(values)).containsExactly(Map.entry(":a", AttributeValue.n("100")));
    }
}
