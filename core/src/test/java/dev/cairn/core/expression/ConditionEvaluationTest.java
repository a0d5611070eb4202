package dev.cairn.core.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Truth of conditions on the probe item; each row was checked with a Scan filter on DynamoDB Local 3.3.1. */
class ConditionEvaluationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // comparisons: numbers numerically, missing attributes false except <>
        "n = :v | true", "n = :five | true", "n <> :v | false", "n < :w | true", "n <= :v | true", "n > :v | false",
        "n >= :five | true", "zz = :v | false", "zz <> :v | true", "zz < :v | false", ":v = :five | true",
        // across types: false, never an error
        "n = :s | false", "s < :v | false", "s > :s | true", "s < :z | true", "b > :bin | true", "b < :bin0 | false",
        "l = :l | false", "m = :m | false", "m.x = :one | true", "m.y = :x1 | true", "ss = :ssall | true",
        "t = :t | true",
        // BETWEEN and IN
        "n BETWEEN :one AND :w | true", "n BETWEEN :v AND :w | true", "n BETWEEN :one AND :one | false",
        "s BETWEEN :a AND :z | true", "n BETWEEN :s AND :s | false", "n IN (:one, :v) | true", "n IN (:one) | false",
        "zz IN (:v) | false",
        // paths
        "l[0] = :one | true", "l[1] = :x | true", "l[2][0] = :one | false", "l[9] = :one | false", "m.y.z = :q | true",
        "n.x = :v | false", "n[0] = :v | false",
        // functions
        "attribute_exists(s) | true", "attribute_exists(zz) | false", "attribute_not_exists(zz) | true",
        "attribute_exists(m.y.z) | true", "attribute_exists(l[2]) | true", "attribute_exists(l[3]) | false",
        "attribute_type(n, :N) | true", "attribute_type(s, :N) | false", "attribute_type(s, :S) | true",
        // a value or size() as the first operand (scylladb test_condition_expression.py test_update_condition_attribute_type)
        "attribute_type(:v, :N) | true", "attribute_type(:s, :N) | false", "attribute_type(size(s), :N) | true",
        "begins_with(s, :s) | true", "begins_with(s, :hello) | true", "begins_with(s, :x) | false",
        "begins_with(b, :bin) | true", "begins_with(n, :s) | false", "begins_with(zz, :s) | false",
        "contains(s, :s) | true", "contains(s, :x) | false", "contains(ss, :a) | true", "contains(ss, :z) | false",
        "contains(ns, :one) | true", "contains(l, :x) | true", "contains(l, :one) | true", "contains(m, :x) | false",
        "contains(:hello, :s) | true",
        "size(s) = :v | true", "size(ss) < :v | true", "size(l) = :one | false", "size(m) > :one | true",
        "size(n) = :v | false", "size(zz) = :v | false", "size(b) < :v | true",
        // precedence: NOT > AND > OR, parentheses
        "n = :v OR n = :v AND NOT n = :v | true", "(n = :v OR n = :v) AND NOT n = :v | false",
        "NOT NOT n = :v | true", "NOT n = :one AND s = :hello | true", "NOT (n = :one AND s = :hello) | true",
        "n = :one OR s = :hello AND n = :w | false", "(n = :one OR s = :hello) AND n = :v | true",
        "(n) = :v | true", "n = (:v) | true", "((n = :v) AND n = :v) | true", "n between :v and :v | true",
    })
    void conditionTruthMatchesDynamoDb(String expression, boolean expected) {
        ConditionExpression condition = Expressions.filter(expression, Fixtures.context(expression));
        assertEquals(expected, condition.test(Fixtures.item()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"attribute_not_exists(pk)", "zz <> :v", "NOT attribute_exists(s)"})
    void conditionOnAbsentItemSeesNoAttributes(String expression) {
        ConditionExpression condition = Expressions.condition(expression, Fixtures.context(expression));
        assertEquals(true, condition.test(Map.of()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"#n = :v | n", "#n.#x = :one | m,x", "#d = :v | data"})
    void namePlaceholdersAreSubstituted(String expression, String names) {
        String[] parts = names.split(",");
        Map<String, String> map = parts.length == 1 ? Map.of("#n", parts[0]) : Map.of("#n", parts[0], "#x", parts[1]);
        if (expression.contains("#d")) {
            map = Map.of("#d", "n");
        }
        ConditionExpression condition = Expressions.condition(expression, Fixtures.context(expression, map));
        assertEquals(true, condition.test(Fixtures.item()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {"#n = :v"})
    void placeholderNamesMayContainDotsWithoutNesting(String expression) {
        ConditionExpression condition = Expressions.condition(expression, Fixtures.context(expression, Map.of("#n", "a.b")));
        assertEquals(true, condition.test(Fixtures.map("a.b", Fixtures.n("5"))));
        assertEquals(false, condition.test(Fixtures.map("a", Fixtures.m("b", Fixtures.n("5")))));
    }
}
