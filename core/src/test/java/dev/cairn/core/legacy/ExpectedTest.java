package dev.cairn.core.legacy;

import static dev.cairn.core.legacy.V.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.ExpectedAttributeValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected: the Exists/Value forms, ConditionalOperator, and every error, as DynamoDB Local 3.3.1 answers. */
class ExpectedTest {

    private static final String INVALID = "One or more parameter values were invalid: ";

    private static ExpectedAttributeValue full(AttributeValue value, Boolean exists, String op, List<AttributeValue> list) {
        return new ExpectedAttributeValue(value, exists, op, list);
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("n", value(n("5")), true),
                Arguments.of("n", value(n("6")), false),
                Arguments.of("n", exists(true, n("5")), true),
                Arguments.of("n", exists(false, null), false),
                Arguments.of("zz", exists(false, null), true),
                Arguments.of("n", full(n("5"), null, "EQ", null), true),
                Arguments.of("n", full(n("5"), null, "NE", null), false),
                Arguments.of("n", full(n("5"), null, "IN", null), true),
                Arguments.of("n", full(null, null, "NULL", null), false),
                Arguments.of("n", full(null, null, "NOT_NULL", null), true),
                Arguments.of("zz", full(null, null, "NULL", null), true));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("forms")
    void existsAndValueFormsTestTheItem(String attribute, ExpectedAttributeValue entry, boolean expected) {
        assertThat(LegacyConditions.expected(Map.of(attribute, entry), null).test(item())).isEqualTo(expected);
    }

    @Test
    void conditionsAreAndedUnlessConditionalOperatorIsOr() {
        Map<String, ExpectedAttributeValue> expected = map("n", value(n("6")), "zz", exists(false, null));
        assertThat(LegacyConditions.expected(expected, null).test(item())).isFalse();
        assertThat(LegacyConditions.expected(expected, "AND").test(item())).isFalse();
        assertThat(LegacyConditions.expected(expected, "OR").test(item())).isTrue();
    }

    @Test
    void missingItemIsAnEmptyItem() {
        assertThat(LegacyConditions.expected(Map.of("n", exists(false, null)), null).test(Map.of())).isTrue();
    }

    @Test
    void pathsAreTheNamedAttributesLiterally() {
        assertThat(LegacyConditions.expected(map("a.b", value(n("1")), "c[0]", exists(false, null)), null).paths())
                .extracting(p -> p.attributeName()).containsExactly("a.b", "c[0]");
    }

    @Test
    void noExpectedMeansNoCondition() {
        assertThat(LegacyConditions.expected(null, null)).isNull();
        assertThat(LegacyConditions.expected(Map.of(), null)).isNull();
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(map("n", exists(true, null)), null,
                        INVALID + "Value must be provided when Exists is true for Attribute: n"),
                Arguments.of(map("n", full(null, null, null, null)), null,
                        INVALID + "Value must be provided when Exists is null for Attribute: n"),
                Arguments.of(map("n", exists(false, n("5"))), null,
                        INVALID + "Value cannot be used when Exists is false for Attribute: n"),
                Arguments.of(map("n", exists(false, n("x"))), null,
                        INVALID + "Value cannot be used when Exists is false for Attribute: n"),
                Arguments.of(map("n", full(null, null, "EQ", null)), null,
                        INVALID + "Value or AttributeValueList must be used with ComparisonOperator: EQ for Attribute: n"),
                Arguments.of(map("n", full(null, null, "IN", null)), null,
                        INVALID + "Value or AttributeValueList must be used with ComparisonOperator: IN for Attribute: n"),
                Arguments.of(map("n", full(null, null, "XX", null)), null,
                        INVALID + "Value or AttributeValueList must be used with ComparisonOperator: XX for Attribute: n"),
                Arguments.of(map("n", full(n("5"), null, "EQ", List.of(n("5")))), null,
                        INVALID + "Value and AttributeValueList cannot be used together for Attribute: n"),
                Arguments.of(map("n", full(n("5"), false, null, List.of(n("5")))), null,
                        INVALID + "Value and AttributeValueList cannot be used together for Attribute: n"),
                Arguments.of(map("n", full(null, true, "EQ", List.of(n("5")))), null,
                        INVALID + "Exists and ComparisonOperator cannot be used together for Attribute: n"),
                Arguments.of(map("n", full(null, false, "NULL", null)), null,
                        INVALID + "Exists and ComparisonOperator cannot be used together for Attribute: n"),
                Arguments.of(map("n", full(n("5"), true, "EQ", List.of(n("5")))), null,
                        INVALID + "Exists and ComparisonOperator cannot be used together for Attribute: n"),
                Arguments.of(map("n", full(null, null, null, List.of(n("5")))), null,
                        INVALID + "AttributeValueList can only be used with a ComparisonOperator for Attribute: n"),
                Arguments.of(map("n", full(null, false, null, List.of(n("5")))), null,
                        INVALID + "AttributeValueList can only be used with a ComparisonOperator for Attribute: n"),
                Arguments.of(map("n", op("XX", n("5"))), null, "Comparison type does not exist in DynamoDB"),
                Arguments.of(map("n", op("eq", n("5"))), null, "Comparison type does not exist in DynamoDB"),
                Arguments.of(map("n", op("XX", n("x"))), null, "The parameter cannot be converted to a numeric value: x"),
                Arguments.of(map("n", op("LT", n("x"), n("1"))), null, "The parameter cannot be converted to a numeric value: x"),
                Arguments.of(map("n", exists(true, n("x"))), null, "The parameter cannot be converted to a numeric value: x"),
                Arguments.of(map("n", value(ss())), null, INVALID + "An string set  may not be empty"),
                Arguments.of(map("n", value(new AttributeValue.Null(false))), null,
                        INVALID + "Null attribute value types must have the value of true"),
                Arguments.of(map("n", op("LT", ss("a", "a"))), null,
                        INVALID + "Input collection [a, a] contains duplicates"),
                Arguments.of(map("n", full(n("1"), null, "NULL", null)), null,
                        INVALID + "Invalid number of argument(s) for the NULL ComparisonOperator"),
                Arguments.of(map("n", full(n("5"), null, "BETWEEN", null)), null,
                        INVALID + "Invalid number of argument(s) for the BETWEEN ComparisonOperator"),
                Arguments.of(map("", exists(false, null)), null, "Empty attribute name"),
                Arguments.of(map("b", exists(true, null), "a", exists(false, n("1"))), null,
                        INVALID + "Value must be provided when Exists is true for Attribute: b"),
                Arguments.of(map("a", exists(false, n("1")), "b", exists(true, null)), null,
                        INVALID + "Value cannot be used when Exists is false for Attribute: a"),
                Arguments.of(map("a", op("XX", n("1")), "b", exists(true, null)), null,
                        "Comparison type does not exist in DynamoDB"),
                Arguments.of(map("n", exists(true, null)), "AND",
                        INVALID + "Value must be provided when Exists is true for Attribute: n"),
                Arguments.of(map("n", value(n("5"))), "AND",
                        "ConditionalOperator can only be used when Filter or Expected has two or more elements"),
                Arguments.of(map("n", value(n("5"))), "OR",
                        "ConditionalOperator can only be used when Filter or Expected has two or more elements"),
                Arguments.of(map(), "AND", "ConditionalOperator cannot be used without Filter or Expected"),
                Arguments.of(null, "OR", "ConditionalOperator cannot be used without Filter or Expected"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("errors")
    void invalidExpectedIsRejectedWithDynamoDbsMessage(Map<String, ExpectedAttributeValue> expected, String operator,
            String message) {
        assertThatThrownBy(() -> LegacyConditions.expected(expected, operator))
                .isInstanceOf(ApiException.class).hasMessage(message);
    }
}
