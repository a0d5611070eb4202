package dev.cairn.core.legacy;

import static dev.cairn.core.legacy.V.*;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which value types each operator accepts, the arity of each, same-type and BETWEEN-bounds rules:
 * the full operator x type grid was probed on DynamoDB Local 3.3.1 (Expected and ScanFilter alike).
 */
class ComparisonOperatorRulesTest {

    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final Map<String, AttributeValue> SAMPLES = Map.of("SS", ss("x"), "L", l(s("x")), "M", m(),
            "BOOL", bool(), "NULL", nul(), "B", b(1), "N", n("1"), "S", s("a"), "NS", ns("1"), "BS", bs(new byte[] {1}));
    private static final Map<String, Set<String>> ACCEPTED = Map.of(
            "EQ", SAMPLES.keySet(), "NE", SAMPLES.keySet(),
            "LE", Set.of("S", "N", "B"), "LT", Set.of("S", "N", "B"), "GE", Set.of("S", "N", "B"),
            "GT", Set.of("S", "N", "B"), "IN", Set.of("S", "N", "B"),
            "CONTAINS", Set.of("S", "N", "B", "BOOL", "NULL"), "NOT_CONTAINS", Set.of("S", "N", "B", "BOOL", "NULL"),
            "BEGINS_WITH", Set.of("S", "B"));

    static Stream<Arguments> grid() {
        List<Arguments> cases = new ArrayList<>();
        ACCEPTED.forEach((op, accepted) -> SAMPLES.forEach((type, value) -> cases.add(Arguments.of(op, type, value,
                accepted.contains(type) ? null
                        : INVALID + "ComparisonOperator " + op + " is not valid for " + type + " AttributeValue type"))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {1}: {3}")
    @MethodSource("grid")
    void operatorAcceptsOnlyItsValueTypes(String op, String type, AttributeValue value, String message) {
        if (message == null) {
            assertThatCode(() -> LegacyConditions.filter(Map.of("n", cond(op, value)), null)).doesNotThrowAnyException();
            assertThatCode(() -> LegacyConditions.expected(Map.of("n", op(op, value)), null)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> LegacyConditions.filter(Map.of("n", cond(op, value)), null)).hasMessage(message);
            assertThatThrownBy(() -> LegacyConditions.expected(Map.of("n", op(op, value)), null)).hasMessage(message);
        }
    }

    static Stream<Arguments> listRules() {
        return Stream.of(
                Arguments.of("EQ", new AttributeValue[] {}, INVALID + "Invalid number of argument(s) for the EQ ComparisonOperator"),
                Arguments.of("EQ", new AttributeValue[] {n("5"), n("5")}, INVALID + "Invalid number of argument(s) for the EQ ComparisonOperator"),
                Arguments.of("NE", new AttributeValue[] {s("5"), s("5")}, INVALID + "Invalid number of argument(s) for the NE ComparisonOperator"),
                Arguments.of("NULL", new AttributeValue[] {n("1")}, INVALID + "Invalid number of argument(s) for the NULL ComparisonOperator"),
                Arguments.of("NOT_NULL", new AttributeValue[] {n("1")}, INVALID + "Invalid number of argument(s) for the NOT_NULL ComparisonOperator"),
                Arguments.of("IN", new AttributeValue[] {}, INVALID + "Invalid number of argument(s) for the IN ComparisonOperator"),
                Arguments.of("BETWEEN", new AttributeValue[] {n("1")}, INVALID + "Invalid number of argument(s) for the BETWEEN ComparisonOperator"),
                Arguments.of("IN", new AttributeValue[] {n("1"), s("x")}, INVALID + "AttributeValues inside AttributeValueList must be of same type"),
                Arguments.of("IN", new AttributeValue[] {n("1"), s("a"), ss("a")}, INVALID + "AttributeValues inside AttributeValueList must be of same type"),
                Arguments.of("IN", new AttributeValue[] {n("1"), ss("a"), s("a")}, INVALID + "ComparisonOperator IN is not valid for SS AttributeValue type"),
                Arguments.of("BETWEEN", new AttributeValue[] {n("1"), s("x")}, INVALID + "AttributeValues inside AttributeValueList must be of same type"),
                Arguments.of("BETWEEN", new AttributeValue[] {ss("a"), n("1")}, INVALID + "ComparisonOperator BETWEEN is not valid for SS AttributeValue type"),
                Arguments.of("BETWEEN", new AttributeValue[] {n("1"), ss("a")}, INVALID + "ComparisonOperator BETWEEN is not valid for SS AttributeValue type"),
                Arguments.of("BETWEEN", new AttributeValue[] {bool(), n("1")}, INVALID + "ComparisonOperator BETWEEN is not valid for BOOL AttributeValue type"),
                Arguments.of("BETWEEN", new AttributeValue[] {n("9"), n("1")}, "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound"),
                Arguments.of("BETWEEN", new AttributeValue[] {s("b"), s("a")}, "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound"),
                Arguments.of("BETWEEN", new AttributeValue[] {b(2), b(1)}, "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("listRules")
    void attributeValueListMustFitTheOperator(String op, AttributeValue[] values, String message) {
        assertThatThrownBy(() -> LegacyConditions.filter(Map.of("n", cond(op, values)), null))
                .isInstanceOf(ApiException.class).hasMessage(message);
        assertThatThrownBy(() -> LegacyConditions.expected(Map.of("n", op(op, values)), null))
                .isInstanceOf(ApiException.class).hasMessage(message);
    }
}
