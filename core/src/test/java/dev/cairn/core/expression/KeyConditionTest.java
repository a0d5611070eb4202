package dev.cairn.core.expression;

import static dev.cairn.core.expression.Fixtures.n;
import static dev.cairn.core.expression.Fixtures.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.api.ApiException;
import dev.cairn.core.expression.SortCondition.Operator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Key conditions on a table keyed (pk S, sk N); messages are DynamoDB Local 3.3.1's answers to Query. */
class KeyConditionTest {

    private static KeyCondition key(String text) {
        return Expressions.keyCondition(text, Fixtures.context(text), "pk", "sk");
    }

    @Test
    void partitionKeyAloneSelectsThePartition() {
        KeyCondition k = key("pk = :a");
        assertEquals(s("a"), k.partitionValue());
        assertNull(k.sort());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "pk = :a AND sk = :one | EQ", "sk = :one AND pk = :a | EQ", "pk = :a AND sk < :one | LT",
        "pk = :a AND sk <= :one | LE", "pk = :a AND sk > :one | GT", "pk = :a AND sk >= :one | GE",
        "pk = :a AND :one < sk | GT", "pk = :a AND :one >= sk | LE", ":a = pk AND :one = sk | EQ",
        "(pk = :a) AND (sk = :one) | EQ", "(pk = :a AND sk = :one) | EQ", "pk = :a AND begins_with(sk, :x) | BEGINS_WITH",
    })
    void sortKeyConditionIsReadWithTheKeyOnTheLeft(String text, Operator operator) {
        KeyCondition k = key(text);
        assertEquals(s("a"), k.partitionValue());
        assertEquals(operator, k.sort().operator());
    }

    @Test
    void betweenCarriesBothBounds() {
        assertEquals(List.of(n("1"), n("5")), key("pk = :a AND sk BETWEEN :one AND :v").sort().values());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "sk = :one | Query condition missed key schema element: pk",
        "pk = :a AND s = :a | Query condition missed key schema element: sk",
        "x = :a | Query condition missed key schema element: pk",
        "pk = :a OR sk = :one | Invalid operator used in KeyConditionExpression: OR",
        "NOT pk = :a | Invalid operator used in KeyConditionExpression: NOT",
        "pk = :a AND sk <> :one | Invalid operator used in KeyConditionExpression: <>",
        "pk = :a AND sk IN (:one) | Invalid operator used in KeyConditionExpression: IN",
        "pk = :a AND attribute_exists(sk) | Invalid operator used in KeyConditionExpression: attribute_exists",
        "pk = :a AND contains(sk, :one) | Invalid operator used in KeyConditionExpression: contains",
        "pk < :a | Query key condition not supported",
        // dynalite test/query.js "no key attribute as first operator" (captured from DynamoDB)
        "pk = :a AND begins_with(:a, sk) | Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand",
        "pk = :a AND :one BETWEEN size(sk) AND :v | Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand",
        "pk = :a AND size(sk) BETWEEN :one AND :v | KeyConditionExpressions cannot contain nested operations",
        "pk = :a AND attribute_type(:a, :S) | Invalid operator used in KeyConditionExpression: attribute_type",
        "pk = :a AND sk = :one AND sk = :v | KeyConditionExpressions must only contain one condition per key",
        "pk = :a AND pk = :b | KeyConditionExpressions must only contain one condition per key",
        "pk = :a AND size(sk) > :one | KeyConditionExpressions cannot contain nested operations",
        "pk = :a AND s.x = :one | KeyConditionExpressions cannot have conditions on nested attributes",
        "pk.x = :a | Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: pk",
        "pk[0] = :a | Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: pk",
        "pk = :a AND sk.x = :one | Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: sk",
        "pk = :a AND begins_with(sk, :one) | Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
        "pk = :a AND sk > sk | Invalid KeyConditionExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: >, first operand: [sk]",
        "pk = pk | Invalid KeyConditionExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [pk]",
        "pk = :a AND sk BETWEEN :v AND :one | Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:5}, upper bound operand: AttributeValue: {N:1}",
    })
    void keyConditionErrorsAreWordedAsDynamoDbWordsThem(String text, String message) {
        ApiException e = assertThrows(ApiException.class, () -> key(text));
        assertEquals(message, e.getMessage());
    }
}
