package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.l;
import static dev.cairn.tck.api.Items.m;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Function calls where DynamoDB takes or refuses them (attribute_type() of a value, calls nested
 * inside calls, calls as operands of key conditions, deep chains of calls) and the names of
 * attributes: never empty, at most 65,535 bytes, wherever a request names one.
 */
public abstract class NamesAndFunctionsSuite extends ApiSuite {

    private static final String TOO_LARGE = "Attribute name is too large, must be less than 65536 bytes";
    private static final String MISUSED = "The function is not allowed to be used this way in an expression; function: ";

    @Test
    void attributeTypeTakesAValueOrASizeAsItsFirstOperand() {
        String table = itemTable();

        // scylladb test_condition_expression.py test_update_condition_attribute_type (run against DynamoDB):
        // "attribute_type() does work fine also for an expression attribute"
        condition(table, "attribute_type(:v, :t)", Map.of(":v", n(0), ":t", s("N")));
        condition(table, "attribute_type(size(a), :t)", Map.of(":t", s("N")));
        assertThatThrownBy(() -> condition(table, "attribute_type(:v, :t)", Map.of(":v", n(0), ":t", s("S"))))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(client.scan(r -> r.tableName(table).filterExpression("attribute_type(:v, :t)")
                .expressionAttributeValues(Map.of(":v", s("x"), ":t", s("S")))).count()).isEqualTo(1);
    }

    @Test
    void attributeTypeReportsASizeInItsSecondOperandAsANumber() {
        String table = itemTable();

        // dynalite test/scan.js "functions with incorrect operand type": attribute_type(a, size(a)) ... N
        assertValidation("Invalid ConditionExpression: Incorrect operand type for operator or function; "
                + "operator or function: attribute_type, operand type: N", () -> condition(table, "attribute_type(a, size(a))", Map.of()));
    }

    @Test
    void aFunctionCallIsNotADocumentPath() {
        String table = itemTable();

        // dynalite test/scan.js "functions with attr values instead of paths" and "incorrect operand type":
        // attribute_not_exists(size(:a)) is a path error for a string :a, size()'s type error for a number
        assertValidation("Invalid ConditionExpression: Operator or function requires a document path; operator or function: "
                + "attribute_exists", () -> condition(table, "attribute_exists(size(a))", Map.of()));
        assertValidation("Invalid ConditionExpression: Operator or function requires a document path; operator or function: "
                + "attribute_not_exists", () -> condition(table, "attribute_not_exists(size(:v))", Map.of(":v", s("x"))));
        assertValidation("Invalid FilterExpression: Incorrect operand type for operator or function; operator or function: "
                + "size, operand type: N", () -> client.scan(r -> r.tableName(table)
                        .filterExpression("attribute_not_exists(size(:v))").expressionAttributeValues(Map.of(":v", n(1)))));
    }

    @Test
    void sizeIsANumberToTheFunctionsAroundIt() {
        String table = itemTable();

        // scylladb test_condition_expression.py test_update_condition_size_parameter (size(size(a))), dynalite
        // test/scan.js "functions with incorrect operand type" (size(size(a)), begins_with(a, size(a)))
        assertValidation("Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: "
                + "size, operand type: N", () -> condition(table, "size(size(a)) >= :v", Map.of(":v", n(1))));
        assertValidation("Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: "
                + "begins_with, operand type: N", () -> condition(table, "begins_with(size(a), :v)", Map.of(":v", s("x"))));
        // contains() checks no operand types: it is simply false for a number (DynamoDB Local 3.3.1; dynalite's parser)
        assertThatThrownBy(() -> condition(table, "contains(size(a), :v)", Map.of(":v", n(5))))
                .isInstanceOf(ConditionalCheckFailedException.class);
    }

    @Test
    void aFunctionOtherThanSizeIsNotAnOperand() {
        String table = itemTable();

        // dynalite test/scan.js "functions used incorrectly" (captured from DynamoDB)
        assertValidation("Invalid ConditionExpression: " + MISUSED + "contains",
                () -> condition(table, "size(contains(a, :v)) > :w", Map.of(":v", s("h"), ":w", n(1))));
        assertValidation("Invalid ConditionExpression: " + MISUSED + "attribute_exists",
                () -> condition(table, "b BETWEEN :v AND attribute_exists(a)", Map.of(":v", n(1))));
        assertValidation("Invalid ConditionExpression: " + MISUSED + "attribute_exists",
                () -> condition(table, "b IN (:v, attribute_exists(a))", Map.of(":v", n(1))));
        assertValidation("Invalid ConditionExpression: " + MISUSED + "begins_with",
                () -> condition(table, "begins_with(a, begins_with(a, :v))", Map.of(":v", s("h"))));
    }

    @Test
    void deepChainsOfCallsAreAnsweredAsDynamoDbAnswersThem() {
        String table = itemTable();
        String unknown = "a < " + "f(".repeat(1355) + "b" + ")".repeat(1355);
        String sizes = "a < " + "size(".repeat(680) + "b" + ")".repeat(680);

        // scylladb test_limits.py test_deeply_nested_expression_5 (run against DynamoDB): calls are not operators,
        // "Invalid ConditionExpression: Invalid function name; function: f"; its size() chain is rejected too
        assertValidation("Invalid ConditionExpression: Invalid function name; function: f", () -> condition(table, unknown, Map.of()));
        assertValidation("Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: "
                + "size, operand type: N", () -> condition(table, sizes, Map.of()));
    }

    @Test
    void functionCallsCountAsOperatorsAfterAnUnknownNameIsReported() {
        String table = itemTable();
        String calls = "size(a) > :v" + " OR size(a) > :v".repeat(149); // 299 operators and 150 calls
        String unknown = "f(a) > :v" + " OR b > :v".repeat(150);

        // DynamoDB Local 3.3.1; DynamoDB names f first (scylladb test_limits.py test_deeply_nested_expression_5)
        assertValidation("Invalid ConditionExpression: The expression contains too many operators; operator count: 301",
                () -> condition(table, calls, Map.of(":v", n(100))));
        assertValidation("Invalid ConditionExpression: Invalid function name; function: f",
                () -> condition(table, unknown, Map.of(":v", n(100))));
    }

    @Test
    void keyConditionsKeepTheKeyFirstAndTakeNoNestedCalls() {
        String table = compositeTable(ScalarAttributeType.S);

        // dynalite test/query.js "no key attribute as first operator", "invalid operand types" (captured from DynamoDB)
        assertValidation("Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand",
                () -> query(table, "pk = :p AND begins_with(:p, sk)", Map.of(":p", s("a"))));
        assertValidation("Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: "
                + "attribute_type, operand type: N", () -> query(table, "attribute_type(pk, :p)", Map.of(":p", n(1))));
        assertValidation("KeyConditionExpressions cannot contain nested operations",
                () -> query(table, "size(pk) = :p", Map.of(":p", n(1))));
        assertValidation("Invalid KeyConditionExpression: Invalid function name; function: f",
                () -> query(table, "pk = :p AND sk < f(f(sk))", Map.of(":p", s("a"))));
    }

    @Test
    void anEmptyAttributeNameIsRejectedWhereverAnItemNamesOne() {
        String table = hashTable();

        // scylladb test_limits.py test_limit_attribute_length_nonkey_empty (run against DynamoDB): "Empty attribute name"
        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> put(table, item("pk", s("a"), "", n(1))),
                () -> put(table, item("pk", s("a"), "m", m("", n(1)))),
                () -> put(table, item("", n(1))), // before the missing key
                () -> client.batchWriteItem(r -> r.requestItems(Map.of(table,
                        List.of(WriteRequest.builder().putRequest(p -> p.item(item("pk", s("a"), "", n(1)))).build())))),
                () -> client.transactWriteItems(r -> r.transactItems(t -> t.put(p -> p.tableName(table)
                        .item(item("pk", s("a"), "", n(1)))))),
                () -> client.updateItem(r -> r.tableName(table).key(item("pk", s("a"))).attributeUpdates(Map.of("",
                        AttributeValueUpdate.builder().action(AttributeAction.PUT).value(n(1)).build()))),
                () -> client.putItem(r -> r.tableName(table).item(item("pk", s("a")))
                        .expected(Map.of("", ExpectedAttributeValue.builder().exists(false).build()))),
                () -> client.getItem(r -> r.tableName(table).key(item("pk", s("a"))).attributesToGet("")))) {
            assertValidation("Empty attribute name", call);
        }
        assertThat(client.scan(r -> r.tableName(table)).count()).isZero();
    }

    @Test
    void anEmptyNameInExpressionAttributeNamesIsRejected() {
        String table = hashTable();

        // the same Alternator test; wording: ExtendDB tests/test_expression_attribute_map_validation.py
        // test_name_empty_mapped_value ("Messages captured directly from Amazon DynamoDB")
        String message = "ExpressionAttributeNames contains invalid value: Empty attribute name for key #n";
        assertValidation(message, () -> client.updateItem(r -> r.tableName(table).key(item("pk", s("a")))
                .updateExpression("SET #n = :v").expressionAttributeNames(Map.of("#n", ""))
                .expressionAttributeValues(Map.of(":v", n(1)))));
        assertValidation(message, () -> client.getItem(r -> r.tableName(table).key(item("pk", s("a")))
                .projectionExpression("#n").expressionAttributeNames(Map.of("#n", ""))));
    }

    @Test
    void anExpressionAttributeNameOver65535BytesIsRejected() {
        String table = hashTable();
        Map<String, String> names = Map.of("#n", "n".repeat(65_536));

        // scylladb test_limits.py test_limit_attribute_length_nonkey_bad (run against DynamoDB: "6553[56]")
        String message = "ExpressionAttributeNames contains invalid value: " + TOO_LARGE + " for key #n";
        assertValidation(message, () -> client.updateItem(r -> r.tableName(table).key(item("pk", s("a")))
                .updateExpression("SET #n = :v").expressionAttributeNames(names).expressionAttributeValues(Map.of(":v", n(1)))));
        assertValidation(message, () -> client.updateItem(r -> r.tableName(table).key(item("pk", s("a")))
                .updateExpression("SET a = :v").conditionExpression("#n = :v").expressionAttributeNames(names)
                .expressionAttributeValues(Map.of(":v", n(1)))));
        assertValidation(message, () -> client.getItem(r -> r.tableName(table).key(item("pk", s("a")))
                .projectionExpression("#n").expressionAttributeNames(names)));
        assertThat(client.scan(r -> r.tableName(table)).count()).isZero();
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers 500 InternalFailure for an item or AttributeUpdates or Expected "
            + "name over 50,000 characters, and accepts one in AttributesToGet")
    void anAttributeNameOver65535BytesIsRejectedWhereverARequestNamesOne() {
        String table = hashTable();
        String big = "n".repeat(65_536);

        // scylladb test_limits.py test_limit_attribute_length_nonkey_bad (run against DynamoDB): PutItem,
        // AttributesToGet and AttributeUpdates; the length is in UTF-8 bytes
        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> put(table, item("pk", s("a"), big, n(1))),
                () -> put(table, item("pk", s("a"), "é".repeat(32_768), n(1))),
                () -> put(table, item("pk", s("a"), "m", m(big, n(1)))),
                () -> put(table, item("pk", s("a"), "n".repeat(200_000), n(1))),
                () -> client.updateItem(r -> r.tableName(table).key(item("pk", s("a"))).attributeUpdates(Map.of(big,
                        AttributeValueUpdate.builder().action(AttributeAction.PUT).value(n(1)).build()))),
                () -> client.putItem(r -> r.tableName(table).item(item("pk", s("a")))
                        .expected(Map.of(big, ExpectedAttributeValue.builder().exists(false).build()))),
                () -> client.getItem(r -> r.tableName(table).key(item("pk", s("a"))).attributesToGet(big)))) {
            assertValidation(TOO_LARGE, call);
        }
        assertThat(client.scan(r -> r.tableName(table)).count()).isZero();
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers 500 InternalFailure for a name over 50,000 characters")
    void attributeNamesOf65535BytesAreAcceptedEverywhere() {
        String table = hashTable();
        String wide = "é".repeat(32_767) + "n"; // 65,535 bytes of UTF-8
        String name = "n".repeat(65_535);

        // scylladb test_limits.py test_limit_attribute_length_nonkey_good (run against DynamoDB)
        put(table, item("pk", s("a"), wide, n(1)));
        client.updateItem(r -> r.tableName(table).key(item("pk", s("a"))).attributeUpdates(Map.of(name,
                AttributeValueUpdate.builder().action(AttributeAction.PUT).value(n(2)).build())));
        client.putItem(r -> r.tableName(table).item(item("pk", s("b"))).expected(Map.of(name,
                ExpectedAttributeValue.builder().exists(false).build())));
        Map<String, AttributeValue> projected = client.getItem(r -> r.tableName(table).key(item("pk", s("a")))
                .projectionExpression("pk")).item();
        assertThat(projected).containsOnlyKeys("pk");
        // counted, not returned: the SDK's JSON reader refuses names over 50,000 characters
        assertThat(client.scan(r -> r.tableName(table).select(Select.COUNT).filterExpression("#w = :one AND #n = :two")
                .expressionAttributeNames(Map.of("#w", wide, "#n", name))
                .expressionAttributeValues(Map.of(":one", n(1), ":two", n(2)))).count()).isEqualTo(1);
    }


    /** A table holding pk "a" with a = "hello", b = 2 and l = [1]. */
    private String itemTable() {
        String table = hashTable();
        put(table, item("pk", s("a"), "a", s("hello"), "b", n(2), "l", l(n(1))));
        return table;
    }

    private void condition(String table, String expression, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":z", n(1));
        client.updateItem(r -> r.tableName(table).key(item("pk", s("a"))).updateExpression("SET z = :z")
                .conditionExpression(expression).expressionAttributeValues(all));
    }

    private void query(String table, String keyCondition, Map<String, AttributeValue> values) {
        client.query(r -> r.tableName(table).keyConditionExpression(keyCondition).expressionAttributeValues(values));
    }
}
