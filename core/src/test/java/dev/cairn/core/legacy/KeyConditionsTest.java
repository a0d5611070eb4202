package dev.cairn.core.legacy;

import static dev.cairn.core.legacy.V.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.Condition;
import dev.cairn.core.expression.KeyCondition;
import dev.cairn.core.expression.SortCondition;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** KeyConditions against tables legacy_hr (pk S, sk N) and legacy_h (pk S), as DynamoDB Local 3.3.1 answers. */
class KeyConditionsTest {

    private static final String INVALID = "One or more parameter values were invalid: ";

    private static KeyCondition composite(Map<String, Condition> conditions) {
        return LegacyKeyConditions.of(conditions, "pk", "S", "sk", "N");
    }

    @Test
    void partitionKeyEqualityAloneSelectsThePartition() {
        KeyCondition key = composite(Map.of("pk", cond("EQ", s("a"))));
        assertThat(key.partitionValue()).isEqualTo(s("a"));
        assertThat(key.sort()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EQ", "LE", "LT", "GE", "GT", "BEGINS_WITH", "BETWEEN"})
    void sortKeyTakesEveryIndexableOperator(String op) {
        boolean between = op.equals("BETWEEN");
        boolean prefix = op.equals("BEGINS_WITH");
        Condition sort = between ? cond(op, n("1"), n("3")) : cond(op, prefix ? s("1") : n("1"));
        KeyCondition key = prefix
                ? LegacyKeyConditions.of(map("pk", cond("EQ", s("a")), "sk", sort), "pk", "S", "sk", "S")
                : composite(map("sk", sort, "pk", cond("EQ", s("a"))));
        assertThat(key.partitionValue()).isEqualTo(s("a"));
        assertThat(key.sort().operator()).isEqualTo(SortCondition.Operator.valueOf(op));
        assertThat(key.sort().values()).isEqualTo(sort.attributeValueList());
    }

    /** Operators no index serves are refused before value types are judged (dynalite test/query.js, from DynamoDB). */
    static Stream<Arguments> errors() {
        Condition pkEq = cond("EQ", s("a"));
        return Stream.of(
                Arguments.of(map(), "Conditions must be at least length 1"),
                Arguments.of(map("sk", cond("EQ", n("1"))), "Query condition missed key schema element: pk"),
                Arguments.of(map("other", cond("EQ", n("1"))), "Query condition missed key schema element: pk"),
                Arguments.of(map("pk", pkEq, "other", cond("EQ", n("1"))), "Query condition missed key schema element: sk"),
                Arguments.of(map("x", cond("GT", n("1")), "sk", cond("IN", n("1"))), "Query condition missed key schema element: pk"),
                Arguments.of(map("pk", pkEq, "sk", cond("EQ", n("1")), "other", cond("EQ", n("1"))),
                        "Conditions can be of length 1 or 2 only"),
                Arguments.of(map("a", cond("EQ", n("1")), "b", cond("EQ", n("1")), "c", cond("EQ", n("1"), n("2"))),
                        INVALID + "Invalid number of argument(s) for the EQ ComparisonOperator"),
                Arguments.of(map("other", cond("XX", n("1"))), "Comparison type does not exist in DynamoDB"),
                Arguments.of(map("pk", cond("EQ", s("a"), s("b"))),
                        INVALID + "Invalid number of argument(s) for the EQ ComparisonOperator"),
                Arguments.of(map("pk", cond("GT", s("a"))), "Query key condition not supported"),
                Arguments.of(map("pk", cond("BEGINS_WITH", s("a"))), "Query key condition not supported"),
                Arguments.of(map("pk", cond("NE", s("a"))), "Attempted conditional constraint is not an indexable operation"),
                Arguments.of(map("pk", cond("IN", s("a"))), "Attempted conditional constraint is not an indexable operation"),
                Arguments.of(map("pk", cond("BETWEEN", s("a"), s("b"))), "Query key condition not supported"),
                Arguments.of(map("pk", cond("CONTAINS", s("a"))), "Attempted conditional constraint is not an indexable operation"),
                Arguments.of(map("pk", cond("GT", s("a")), "x", cond("GT", n("1"))), "Query key condition not supported"),
                Arguments.of(map("sk", cond("IN", n("1")), "pk", cond("GT", s("a"))), "Query key condition not supported"),
                Arguments.of(map("pk", cond("NULL")), "Attempted conditional constraint is not an indexable operation"),
                Arguments.of(map("pk", cond("NOT_NULL"), "sk", cond("IN", n("1"))), "Attempted conditional constraint is not an indexable operation"),
                Arguments.of(map("pk", pkEq, "sk", cond("NOT_NULL")), "Attempted conditional constraint is not an indexable operation"),
                Arguments.of(map("pk", cond("EQ", n("1"))), INVALID + "Condition parameter type does not match schema type"),
                Arguments.of(map("pk", cond("EQ", ss("a"))), INVALID + "Condition parameter type does not match schema type"),
                Arguments.of(map("pk", cond("EQ", bool())), INVALID + "Condition parameter type does not match schema type"),
                Arguments.of(map("pk", cond("GT", n("1"))), INVALID + "Condition parameter type does not match schema type"),
                Arguments.of(map("pk", cond("NE", l())), "Attempted conditional constraint is not an indexable operation"),
                Arguments.of(map("pk", cond("EQ", n("1")), "sk", cond("IN", n("1"))),
                        INVALID + "Condition parameter type does not match schema type"),
                Arguments.of(map("pk", pkEq, "sk", cond("IN", s("1"))), "Attempted conditional constraint is not an indexable operation"),
                Arguments.of(map("pk", pkEq, "sk", cond("GT", s("a"))), INVALID + "Condition parameter type does not match schema type"),
                Arguments.of(map("pk", pkEq, "sk", cond("BEGINS_WITH", s(""))), INVALID + "Condition parameter type does not match schema type"),
                Arguments.of(map("pk", pkEq, "sk", cond("CONTAINS", bool())), "Attempted conditional constraint is not an indexable operation"),
                Arguments.of(map("pk", pkEq, "sk", cond("IN", n("1"))), "Attempted conditional constraint is not an indexable operation"),
                Arguments.of(map("pk", pkEq, "sk", cond("CONTAINS", n("1"))), "Attempted conditional constraint is not an indexable operation"),
                Arguments.of(map("pk", pkEq, "sk", cond("NOT_CONTAINS", n("1"))), "Attempted conditional constraint is not an indexable operation"),
                // DynamoDB Local 3.3.1 answers NE on the sort key with an InternalFailure (500); we answer as for IN.
                Arguments.of(map("pk", pkEq, "sk", cond("NE", n("1"))), "Attempted conditional constraint is not an indexable operation"),
                Arguments.of(map("pk", pkEq, "sk", cond("BEGINS_WITH", n("1"))),
                        INVALID + "ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type"),
                Arguments.of(map("pk", pkEq, "sk", cond("LT", ss("a"))),
                        INVALID + "ComparisonOperator LT is not valid for SS AttributeValue type"),
                Arguments.of(map("pk", pkEq, "sk", cond("BETWEEN", n("3"), n("1"))),
                        "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    void invalidKeyConditionsAreRejectedWithDynamoDbsMessage(Map<String, Condition> conditions, String message) {
        assertThatThrownBy(() -> composite(conditions)).isInstanceOf(ApiException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x", "sk"})
    void secondConditionOnATableWithoutSortKeyIsNotSupported(String second) {
        Map<String, Condition> conditions = map("pk", cond("EQ", s("a")), second, cond("GT", n("1")));
        assertThatThrownBy(() -> LegacyKeyConditions.of(conditions, "pk", "S", null, null))
                .hasMessage("Query key condition not supported");
    }

    @Test
    void keyValuesAreCanonicalNumbers() {
        KeyCondition key = LegacyKeyConditions.of(map("pk", cond("EQ", n("1.50"))), "pk", "N", null, null);
        assertThat(key.partitionValue()).isEqualTo(n("1.5"));
    }
}
