package dev.cairn.core.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Static errors of condition and filter expressions. Every message below is DynamoDB Local 3.3.1's
 * answer to a Scan with that FilterExpression (the "Invalid FilterExpression: " prefix left off).
 */
class ConditionErrorsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        // syntax errors: the token, and the text from the token before to the token after
        "'n = ' | Syntax error; token: \"<EOF>\", near: \"= \"",
        "n = :v AND | Syntax error; token: \"<EOF>\", near: \"AND\"",
        "(n = :v | Syntax error; token: \"<EOF>\", near: \":v\"",
        "n = :v) | Syntax error; token: \")\", near: \":v)\"",
        "n == :v | Syntax error; token: \"=\", near: \"== :v\"",
        "n = :v AND s = :s OR | Syntax error; token: \"<EOF>\", near: \"OR\"",
        "n BETWEEN :v | Syntax error; token: \"<EOF>\", near: \":v\"",
        "n IN () | Syntax error; token: \")\", near: \"()\"",
        "() | Syntax error; token: \")\", near: \"()\"",
        "l[-1] = :v | Syntax error; token: \"-\", near: \"[-1\"",
        "l[1.5] = :v | Syntax error; token: \".\", near: \"1.5\"",
        "1 = :v | Syntax error; token: \"1\", near: \"1 =\"",
        "n = :v :w | Syntax error; token: \":w\", near: \":v :w\"",
        "n = :v, | Syntax error; token: \",\", near: \":v,\"",
        "n < > :v | Syntax error; token: \">\", near: \"< > :v\"",
        "@ = :v | Syntax error; token: \"@\", near: \"@ =\"",
        "a b | Syntax error; token: \"b\", near: \"a b\"",
        "n AND n | Syntax error; token: \"AND\", near: \"n AND n\"",
        "NOT n | Syntax error; token: \"<EOF>\", near: \"n\"",
        "n[0] = n[00] | Syntax error; token: \"0\", near: \"00]\"",
        "_a = :v | Syntax error; token: \"_\", near: \"_a\"",
        "1a = :v | Syntax error; token: \"1\", near: \"1a\"",
        "a-b = :v | Syntax error; token: \"-\", near: \"a-b\"",
        "and = :v | Syntax error; token: \"and\", near: \"and =\"",
        "not = :v | Syntax error; token: \"=\", near: \"not = :v\"",
        "set = :v | Syntax error; token: \"set\", near: \"set =\"",
        "n IN :v | Syntax error; token: \":v\", near: \"IN :v\"",
        "n = :v é | Syntax error; token: \"é\", near: \":v é\"",
        "n BETWEEN :v AND :v AND | Syntax error; token: \"<EOF>\", near: \"AND\"",
        "'   ' | Syntax error; token: \"<EOF>\", near: \"   \"",
        // reserved words, bare only
        "data = :v | Attribute name is a reserved keyword; reserved keyword: data",
        "n.data = :v | Attribute name is a reserved keyword; reserved keyword: data",
        "DATA = :v | Attribute name is a reserved keyword; reserved keyword: DATA",
        "n = :v AND zone = :v | Attribute name is a reserved keyword; reserved keyword: zone",
        "size(data) = :v | Attribute name is a reserved keyword; reserved keyword: data",
        // parentheses, limits
        "((n = :v)) | The expression has redundant parentheses;",
        "((n)) = :v | The expression has redundant parentheses;",
        "n = ((:v)) | The expression has redundant parentheses;",
        "NOT ((n = :v)) | The expression has redundant parentheses;",
        "(n = :v) AND ((n = :v)) | The expression has redundant parentheses;",
        "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.aa.ab.ac.ad.ae.af.ag = :v | The document path has too many nesting levels; nesting levels: 33",
        "l[4294967295] = :v | List index is not within the allowable range; index: [4294967295]",
        "l[2147483648] = :v | List index is not within the allowable range; index: [2147483648]",
        // functions
        "foo(n) | Invalid function name; function: foo",
        "Attribute_Exists(s) | Invalid function name; function: Attribute_Exists",
        "begins_with(s) | Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 1",
        "begins_with(s, :s, :s) | Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 3",
        "contains(s) | Incorrect number of operands for operator or function; operator or function: contains, number of operands: 1",
        "size(s, s) = :v | Incorrect number of operands for operator or function; operator or function: size, number of operands: 2",
        "attribute_not_exists(s, s) | Incorrect number of operands for operator or function; operator or function: attribute_not_exists, number of operands: 2",
        "attribute_exists(:v) | Operator or function requires a document path; operator or function: attribute_exists",
        "attribute_exists(size(s)) | Operator or function requires a document path; operator or function: attribute_exists",
        "attribute_type(n, :s) | Invalid attribute type name found; type: he, valid types: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}",
        "attribute_type(n, :v) | Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N",
        "attribute_type(s, :l) | Incorrect operand type for operator or function; operator or function: attribute_type, operand type: L",
        "attribute_type(s, n) | Incorrect operand type for operator or function; operator or function: attribute_type, operand type: {FS,B,M,DOUBLE,DOUBLESET,N,DECIMAL,HD,BS,SS,NS,INT,INTSET,HDS,L,NULL,FLOAT,DECIMALSET,BOOL,S,DICT}",
        "attribute_type(s, size(s)) | Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N",
        "attribute_type(s, s) | The first operand must be distinct from the remaining operands for this operator or function; operator: attribute_type, first operand: [s]",
        "attribute_not_exists(size(:v)) | Incorrect operand type for operator or function; operator or function: size, operand type: N",
        "attribute_not_exists(size(:s)) | Operator or function requires a document path; operator or function: attribute_not_exists",
        "size(contains(s, :s)) > :v | The function is not allowed to be used this way in an expression; function: contains",
        "n BETWEEN :v AND attribute_exists(s) | The function is not allowed to be used this way in an expression; function: attribute_exists",
        "n < f(f(f(s))) | Invalid function name; function: f",
        "size(s) | The function is not allowed to be used this way in an expression; function: size",
        "attribute_exists(s) = :v | The function is not allowed to be used this way in an expression; function: attribute_exists",
        "n = attribute_exists(s) | The function is not allowed to be used this way in an expression; function: attribute_exists",
        "if_not_exists(s, :s) = :s | The function is not allowed in a condition expression; function: if_not_exists",
        "list_append(s, :s) = :s | The function is not allowed in a condition expression; function: list_append",
        "size(size(s)) > :v | Incorrect operand type for operator or function; operator or function: size, operand type: N",
        // ordering operators take only S, N and B constants (confirmed on DynamoDB Local 3.3.1)
        "n < :t | Incorrect operand type for operator or function; operator or function: <, operand type: BOOL",
        "n >= :ss | Incorrect operand type for operator or function; operator or function: >=, operand type: SS",
        "n BETWEEN :l AND :l | Incorrect operand type for operator or function; operator or function: BETWEEN, operand type: L",
        "size(:v) = :v | Incorrect operand type for operator or function; operator or function: size, operand type: N",
        "begins_with(s, size(s)) | Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
        "begins_with(s, :v) | Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
        // distinct operands
        "n = n | The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [n]",
        "n <> n | The first operand must be distinct from the remaining operands for this operator or function; operator: <>, first operand: [n]",
        "n < n | The first operand must be distinct from the remaining operands for this operator or function; operator: <, first operand: [n]",
        "n IN (:v, n) | The first operand must be distinct from the remaining operands for this operator or function; operator: IN, first operand: [n]",
        "n BETWEEN n AND :v | The first operand must be distinct from the remaining operands for this operator or function; operator: BETWEEN, first operand: [n]",
        "contains(s, s) | The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [s]",
        "begins_with(s, s) | The first operand must be distinct from the remaining operands for this operator or function; operator: begins_with, first operand: [s]",
        "n = :v AND n IN (n) | The first operand must be distinct from the remaining operands for this operator or function; operator: IN, first operand: [n]",
        // BETWEEN bounds
        "n BETWEEN :w AND :v | The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:9}, upper bound operand: AttributeValue: {N:5}",
        "s BETWEEN :b AND :a | The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {S:b}, upper bound operand: AttributeValue: {S:a}",
        "b BETWEEN :bin AND :bin0 | The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {B:java.nio.HeapByteBuffer[pos=0 lim=1 cap=1]}, upper bound operand: AttributeValue: {B:java.nio.HeapByteBuffer[pos=0 lim=1 cap=1]}",
        "n BETWEEN :one AND :b | The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:b}",
        // placeholders: resolution runs left to right
        "n = :nope | An expression attribute value used in expression is not defined; attribute value: :nope",
        "#z = :v | An expression attribute name used in the document path is not defined; attribute name: #z",
        "n = :nope AND n IN (n) | An expression attribute value used in expression is not defined; attribute value: :nope",
        "n IN (n) AND n = :nope | The first operand must be distinct from the remaining operands for this operator or function; operator: IN, first operand: [n]",
        "data = #z | Attribute name is a reserved keyword; reserved keyword: data",
        "#z = data | Attribute name is a reserved keyword; reserved keyword: data",
    })
    void filterErrorsAreWordedAsDynamoDbWordsThem(String expression, String message) {
        ApiException e = assertThrows(ApiException.class,
                () -> Expressions.filter(expression, Fixtures.context(expression)));
        assertEquals(ErrorCode.VALIDATION, e.code());
        assertEquals("Invalid FilterExpression: " + message, e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "CONDITION | Invalid ConditionExpression: Invalid function name; function: foo",
        "FILTER | Invalid FilterExpression: Invalid function name; function: foo",
        "KEY_CONDITION | Invalid KeyConditionExpression: Invalid function name; function: foo",
    })
    void prefixNamesTheParameter(ExpressionKind kind, String message) {
        ApiException e = assertThrows(ApiException.class,
                () -> Expressions.condition(kind, "foo(n)", Fixtures.context("")));
        assertEquals(message, e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void emptyExpressionIsRejected() {
        ApiException e = assertThrows(ApiException.class, () -> Expressions.filter("", Fixtures.context("")));
        assertEquals("Invalid FilterExpression: The expression can not be empty;", e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void inAcceptsAHundredOperandsButNotMore() {
        String hundred = "n IN (" + ":v,".repeat(99) + ":v)";
        Expressions.filter(hundred, Fixtures.context(hundred));
        String more = "n IN (" + ":v,".repeat(100) + ":v)";
        ApiException e = assertThrows(ApiException.class, () -> Expressions.filter(more, Fixtures.context(more)));
        assertEquals("Invalid FilterExpression: The IN operator is provided with too many operands; number of operands: 101",
                e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void expressionsLongerThan4096BytesAreRejected() {
        String text = "n = :v AND ".repeat(372) + "n = :v";
        ApiException e = assertThrows(ApiException.class, () -> Expressions.filter(text, Fixtures.context(text)));
        assertEquals("Invalid FilterExpression: Expression size has exceeded the maximum allowed size; expression size: 4098",
                e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void moreThan300OperatorsAreRejectedAfterSyntax() {
        String text = "n = :v AND ".repeat(371) + "nn = :v";
        ApiException e = assertThrows(ApiException.class, () -> Expressions.filter(text, Fixtures.context(text)));
        assertEquals("Invalid FilterExpression: The expression contains too many operators; operator count: 301",
                e.getMessage());
        String broken = text + " AND";
        e = assertThrows(ApiException.class, () -> Expressions.filter(broken, Fixtures.context(broken)));
        assertEquals("Invalid FilterExpression: Syntax error; token: \"<EOF>\", near: \"AND\"", e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void functionErrorsAreReportedBeforeTheOperatorCount() {
        // DynamoDB Local 3.3.1: calls count as operators, but an unknown name is reported first
        String calls = "size(s) > :v" + " OR size(s) > :v".repeat(150);
        ApiException e = assertThrows(ApiException.class, () -> Expressions.filter(calls, Fixtures.context(calls)));
        assertEquals("Invalid FilterExpression: The expression contains too many operators; operator count: 301",
                e.getMessage());
        String unknown = "f(s) > :v" + " OR n > :v".repeat(150);
        e = assertThrows(ApiException.class, () -> Expressions.filter(unknown, Fixtures.context(unknown)));
        assertEquals("Invalid FilterExpression: Invalid function name; function: f", e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void functionNamesMayBeUsedAsAttributeNames() {
        // SIZE is on the reserved list, but DynamoDB accepts it bare as an attribute name.
        Expressions.filter("size = :v", Fixtures.context("size = :v"));
        Expressions.filter("attribute_exists = :v", Fixtures.context("attribute_exists = :v"));
    }
}
