package dev.cairn.core.legacy;

import static dev.cairn.core.legacy.V.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.model.AttributeValue;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each ComparisonOperator against each type; outcomes observed on DynamoDB Local (pass / ConditionalCheckFailed). */
class ComparisonOperatorEvaluationTest {

    static Stream<Arguments> outcomes() {
        return Stream.of(
                Arguments.of("n", "EQ", new AttributeValue[] {n("5")}, true),
                Arguments.of("n", "EQ", new AttributeValue[] {n("5.0")}, true),
                Arguments.of("n", "EQ", new AttributeValue[] {s("5")}, false),
                Arguments.of("n", "EQ", new AttributeValue[] {ss("x")}, false),
                Arguments.of("n", "EQ", new AttributeValue[] {nul()}, false),
                Arguments.of("ss", "EQ", new AttributeValue[] {ss("y", "x")}, true),
                Arguments.of("l", "EQ", new AttributeValue[] {l(s("x"), n("1"))}, true),
                Arguments.of("n", "NE", new AttributeValue[] {n("5")}, false),
                Arguments.of("n", "NE", new AttributeValue[] {s("5")}, true),
                Arguments.of("n", "NE", new AttributeValue[] {m()}, true),
                Arguments.of("zz", "NE", new AttributeValue[] {s("x")}, true),
                Arguments.of("n", "LE", new AttributeValue[] {n("1")}, false),
                Arguments.of("n", "LE", new AttributeValue[] {n("5")}, true),
                Arguments.of("n", "LE", new AttributeValue[] {s("5")}, false),
                Arguments.of("n", "LT", new AttributeValue[] {n("1")}, false),
                Arguments.of("n", "LT", new AttributeValue[] {b(1)}, false),
                Arguments.of("n", "GE", new AttributeValue[] {n("1")}, true),
                Arguments.of("n", "GT", new AttributeValue[] {n("1")}, true),
                Arguments.of("n", "GT", new AttributeValue[] {n("5")}, false),
                Arguments.of("s", "GT", new AttributeValue[] {s("h")}, true),
                Arguments.of("b", "GE", new AttributeValue[] {b(1, 2)}, true),
                Arguments.of("zz", "GT", new AttributeValue[] {n("1")}, false),
                Arguments.of("n", "NULL", new AttributeValue[] {}, false),
                Arguments.of("zz", "NULL", new AttributeValue[] {}, true),
                Arguments.of("n", "NOT_NULL", new AttributeValue[] {}, true),
                Arguments.of("zz", "NOT_NULL", new AttributeValue[] {}, false),
                Arguments.of("s", "CONTAINS", new AttributeValue[] {s("ell")}, true),
                Arguments.of("ss", "CONTAINS", new AttributeValue[] {s("x")}, true),
                Arguments.of("l", "CONTAINS", new AttributeValue[] {s("x")}, true),
                Arguments.of("l", "CONTAINS", new AttributeValue[] {n("1")}, true),
                Arguments.of("b", "CONTAINS", new AttributeValue[] {b(2)}, true),
                Arguments.of("n", "CONTAINS", new AttributeValue[] {n("5")}, false),
                Arguments.of("n", "CONTAINS", new AttributeValue[] {bool()}, false),
                Arguments.of("n", "CONTAINS", new AttributeValue[] {nul()}, false),
                Arguments.of("ss", "NOT_CONTAINS", new AttributeValue[] {s("x")}, false),
                Arguments.of("zz", "NOT_CONTAINS", new AttributeValue[] {s("x")}, false),
                Arguments.of("n", "NOT_CONTAINS", new AttributeValue[] {n("5")}, true),
                Arguments.of("s", "NOT_CONTAINS", new AttributeValue[] {n("5")}, true),
                Arguments.of("n", "NOT_CONTAINS", new AttributeValue[] {bool()}, true),
                Arguments.of("s", "BEGINS_WITH", new AttributeValue[] {s("he")}, true),
                Arguments.of("s", "BEGINS_WITH", new AttributeValue[] {s("el")}, false),
                Arguments.of("b", "BEGINS_WITH", new AttributeValue[] {b(1)}, true),
                Arguments.of("n", "BEGINS_WITH", new AttributeValue[] {b(1)}, false),
                Arguments.of("n", "IN", new AttributeValue[] {n("5")}, true),
                Arguments.of("n", "IN", new AttributeValue[] {n("1"), n("5")}, true),
                Arguments.of("n", "IN", new AttributeValue[] {n("1")}, false),
                Arguments.of("n", "IN", new AttributeValue[] {b(1)}, false),
                Arguments.of("n", "BETWEEN", new AttributeValue[] {n("1"), n("9")}, true),
                Arguments.of("n", "BETWEEN", new AttributeValue[] {n("5"), n("5")}, true),
                Arguments.of("n", "BETWEEN", new AttributeValue[] {n("1"), n("1.0")}, false),
                Arguments.of("n", "BETWEEN", new AttributeValue[] {s("a"), s("z")}, false),
                Arguments.of("s", "BETWEEN", new AttributeValue[] {s("a"), s("z")}, true));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("outcomes")
    void scanFilterEntryJudgesTheAttributeAsDynamoDbDoes(String attribute, String op, AttributeValue[] values,
            boolean expected) {
        assertThat(LegacyConditions.filter(Map.of(attribute, cond(op, values)), null).test(item())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("outcomes")
    void expectedEntryJudgesTheAttributeAsDynamoDbDoes(String attribute, String op, AttributeValue[] values,
            boolean expected) {
        assertThat(LegacyConditions.expected(Map.of(attribute, op(op, values)), null).test(item())).isEqualTo(expected);
    }
}
