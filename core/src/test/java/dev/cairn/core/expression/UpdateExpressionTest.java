package dev.cairn.core.expression;

import static dev.cairn.core.expression.Fixtures.l;
import static dev.cairn.core.expression.Fixtures.m;
import static dev.cairn.core.expression.Fixtures.map;
import static dev.cairn.core.expression.Fixtures.n;
import static dev.cairn.core.expression.Fixtures.s;
import static dev.cairn.core.expression.Fixtures.ss;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Update expressions on the item DynamoDB Local 3.3.1 was probed with (UpdateItem, ReturnValues
 * ALL_NEW); expected attribute values and messages are its answers.
 */
class UpdateExpressionTest {

    private static Map<String, AttributeValue> item() {
        return map("pk", s("a"), "sk", n("3"), "s", s("hi"), "n", n("5"),
                "l", l(n("0"), n("1"), n("2"), n("3")), "m", m("x", n("1")),
                "ss", ss("a", "b"), "ns", Fixtures.ns("1", "2"));
    }

    private static Map<String, AttributeValue> apply(String text) {
        return Expressions.update(text, Fixtures.context(text)).apply(item());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "SET n = n + :one | n | 6",
        "SET n = n - :one | n | 4",
        "SET a = :one + :one | a | 2",
        "SET a = :one + if_not_exists(b, :one) | a | 2",
        "SET n = if_not_exists(zz, :one) | n | 1",
        "ADD n :one | n | 6",
        "ADD zz :one | zz | 1",
        "ADD m.x :one | m | {x=1 -> 2}",
        "set a = :one | a | 1",
    })
    void numbersAreComputedExactly(String text, String attribute, String expected) {
        Map<String, AttributeValue> result = apply(text);
        if (expected.startsWith("{")) {
            assertEquals(m("x", n("2")), result.get(attribute));
        } else {
            assertEquals(n(expected), result.get(attribute));
        }
    }

    @Test
    void setIfNotExistsKeepsAnExistingValue() {
        assertEquals(s("hi"), apply("SET n = if_not_exists(s, :one)").get("n"));
    }

    @Test
    void listElementsPastTheEndAreAppended() {
        assertEquals(l(n("0"), n("1"), n("2"), n("3"), n("1")), apply("SET l[10] = :one").get("l"));
        assertEquals(l(n("0"), n("1"), n("2"), n("3"), n("1"), s("x")), apply("SET l[10] = :one, l[11] = :x").get("l"));
        assertEquals(l(n("0"), s("x"), n("2"), n("3")), apply("SET l[1] = :x").get("l"));
    }

    @Test
    void removeOfListElementsRefersToTheOriginalIndexes() {
        assertEquals(l(n("0"), n("3")), apply("REMOVE l[1], l[2]").get("l"));
        assertEquals(item().get("l"), apply("REMOVE l[10]").get("l"));
    }

    @Test
    void removeOfMissingAttributesIsANoOp() {
        assertEquals(item(), apply("REMOVE m.q, zz, l[9]"));
        assertFalse(apply("REMOVE s").containsKey("s"));
    }

    @Test
    void listAppendJoinsInOrder() {
        assertEquals(l(n("0"), n("1"), n("2"), n("3"), s("z")), apply("SET n = list_append(l, :l)").get("n"));
        assertEquals(l(s("z"), n("0"), n("1"), n("2"), n("3")), apply("SET n = list_append(:l, l)").get("n"));
    }

    @Test
    void setsGrowWithAddAndShrinkWithDelete() {
        assertEquals(ss("a", "b", "c"), apply("ADD ss :ss").get("ss"));
        assertEquals(ss("b", "c"), apply("ADD zz :ss").get("zz"));
        assertEquals(ss("a"), apply("DELETE ss :ss").get("ss"));
        assertFalse(apply("DELETE ss :ssall").containsKey("ss"));
        assertEquals(item(), apply("DELETE zz :ss"));
    }

    @Test
    void nestedMapMembersCanBeSet() {
        assertEquals(m("x", n("1"), "z", n("1")), apply("SET m.z = :one").get("m"));
    }

    @Test
    void theInputItemIsNotModified() {
        Map<String, AttributeValue> before = item();
        Expressions.update("SET n = :one REMOVE s", Fixtures.context(":one")).apply(before);
        assertEquals(item(), before);
    }

    @Test
    void targetsListTheWrittenPathsInOrder() {
        UpdateExpression update = Expressions.update("SET a.b = :one REMOVE c[1] ADD d :one",
                Fixtures.context(":one"));
        assertEquals(List.of("[a, b]", "[c, [1]]", "[d]"), update.targets().stream().map(Object::toString).toList());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "SET l[0].x = :one | The document path provided in the update expression is invalid for update",
        "SET m.x.y = :one | The document path provided in the update expression is invalid for update",
        "SET s[0] = :one | The document path provided in the update expression is invalid for update",
        "SET x.y = :one | The document path provided in the update expression is invalid for update",
        "SET m.x[0] = :one | The document path provided in the update expression is invalid for update",
        "ADD a.b :one | The document path provided in the update expression is invalid for update",
        "REMOVE s.x | The document path provided in the update expression is invalid for update",
        "REMOVE s[0] | The document path provided in the update expression is invalid for update",
        "REMOVE m.x.y | The document path provided in the update expression is invalid for update",
        "REMOVE q.x | The document path provided in the update expression is invalid for update",
        "SET n = list_append(s, :l) | An operand in the update expression has an incorrect data type",
        "SET n = s + :one | An operand in the update expression has an incorrect data type",
        "SET n = m + :one | An operand in the update expression has an incorrect data type",
        "ADD s :one | An operand in the update expression has an incorrect data type",
        "ADD ss :ns | An operand in the update expression has an incorrect data type",
        "DELETE ss :ns | An operand in the update expression has an incorrect data type",
        "DELETE s :ss | An operand in the update expression has an incorrect data type",
        "SET n = list_append(zz, :l) | The provided expression refers to an attribute that does not exist in the item",
        "SET n = zz + :one | The provided expression refers to an attribute that does not exist in the item",
    })
    void runtimeErrorsCarryNoPrefix(String text, String message) {
        UpdateExpression update = Expressions.update(text, Fixtures.context(text));
        ApiException e = assertThrows(ApiException.class, () -> update.apply(item()));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "SET a = :one SET b = :one | The \"SET\" section can only be used once in an update expression;",
        "REMOVE a REMOVE b | The \"REMOVE\" section can only be used once in an update expression;",
        "ADD a :one ADD b :one | The \"ADD\" section can only be used once in an update expression;",
        "DELETE a :ss DELETE b :ss | The \"DELETE\" section can only be used once in an update expression;",
        "SET a = :one, a.b = :one | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]",
        "SET a.b = :one, a = :one | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a]",
        "SET a[1] = :one, a = :one | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, [1]], path two: [a]",
        "SET a = :one REMOVE a | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
        "REMOVE a, a | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]",
        "REMOVE a.b, a | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a]",
        "SET a.b = :one, a[1] = :one | Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [1]]",
        "SET a.b = :one REMOVE a[0] | Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [0]]",
        "SET a = :one + :one + :one | Syntax error; token: \"+\", near: \":one + :one\"",
        "SET a = :one - | Syntax error; token: \"<EOF>\", near: \"-\"",
        "SET | Syntax error; token: \"<EOF>\", near: \"SET\"",
        "SET a = :one, | Syntax error; token: \"<EOF>\", near: \",\"",
        "SET a | Syntax error; token: \"<EOF>\", near: \"a\"",
        "ADD a b | Syntax error; token: \"b\", near: \"a b\"",
        "SET set = :one | Syntax error; token: \"set\", near: \"SET set =\"",
        "SET a = :one REMOVE | Syntax error; token: \"<EOF>\", near: \"REMOVE\"",
        "REMOVE a SET | Syntax error; token: \"<EOF>\", near: \"SET\"",
        "SET a = :one, REMOVE b | Syntax error; token: \"REMOVE\", near: \", REMOVE b\"",
        "SET a = if_not_exists(:one, a) | Operator or function requires a document path; operator or function: if_not_exists",
        "SET a = list_append(:one, :one) | Incorrect operand type for operator or function; operator or function: list_append, operand type: N",
        "SET a = size(b) | The function is not allowed in an update expression; function: size",
        "SET a = foo(b) | Invalid function name; function: foo",
        "SET a = if_not_exists(a) | Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1",
        "SET a = list_append(a) | Incorrect number of operands for operator or function; operator or function: list_append, number of operands: 1",
        "SET n = n + :x | Incorrect operand type for operator or function; operator or function: +, operand type: S",
        "SET n = :x - :one | Incorrect operand type for operator or function; operator or function: -, operand type: S",
        "ADD n :l | Incorrect operand type for operator or function; operator: ADD, operand type: LIST, typeSet: ALLOWED_FOR_ADD_OPERAND",
        "ADD a :x | Incorrect operand type for operator or function; operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND",
        "ADD a :m | Incorrect operand type for operator or function; operator: ADD, operand type: MAP, typeSet: ALLOWED_FOR_ADD_OPERAND",
        "ADD a :bin | Incorrect operand type for operator or function; operator: ADD, operand type: BINARY, typeSet: ALLOWED_FOR_ADD_OPERAND",
        "DELETE a :one | Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND",
        "DELETE a :x | Incorrect operand type for operator or function; operator: DELETE, operand type: STRING, typeSet: ALLOWED_FOR_DELETE_OPERAND",
        "DELETE a :t | Incorrect operand type for operator or function; operator: DELETE, operand type: BOOLEAN, typeSet: ALLOWED_FOR_DELETE_OPERAND",
        "SET #x = :one | An expression attribute name used in the document path is not defined; attribute name: #x",
    })
    void staticErrorsAreWordedAsDynamoDbWordsThem(String text, String message) {
        ApiException e = assertThrows(ApiException.class, () -> Expressions.update(text, Fixtures.context(text)));
        assertEquals("Invalid UpdateExpression: " + message, e.getMessage());
    }
}
