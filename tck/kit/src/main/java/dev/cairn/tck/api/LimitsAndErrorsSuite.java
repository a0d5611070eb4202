package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertError;
import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static dev.cairn.tck.api.Items.ascii;
import static dev.cairn.tck.api.Items.b;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static dev.cairn.tck.api.Items.ss;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The limits DynamoDB enforces and the errors it answers with, down to the message text clients
 * and tests match on: 400 KB items (names plus values), 2048-byte hash and 1024-byte sort keys,
 * non-empty key values of the declared type, 38-digit numbers, and expressions whose every name
 * and value placeholder is defined and used. Every rejected request changes nothing.
 */
public abstract class LimitsAndErrorsSuite extends ApiSuite {

    private static final int MAX_ITEM_BYTES = 400 * 1024;
    private static final Map<String, AttributeValue> KEY = item("pk", s("k"));

    @Test
    void itemOfExactly400KbIsAcceptedAndOneByteMoreIsRejected() {
        String table = hashTable();
        int valueBytes = MAX_ITEM_BYTES - "pk".length() - "k".length() - "v".length();

        put(table, item("pk", s("k"), "v", s(ascii(valueBytes))));

        assertThat(get(table, KEY).get("v").s()).hasSize(valueBytes);
        assertValidation("Item size has exceeded the maximum allowed size",
                () -> put(table, item("pk", s("k"), "v", s(ascii(valueBytes + 1)))));
    }

    @Test
    void attributeNamesCountTowardsTheItemSize() {
        String table = hashTable();
        int valueBytes = MAX_ITEM_BYTES - "pk".length() - "k".length() - "v".length();

        assertValidation("Item size has exceeded the maximum allowed size",
                () -> put(table, item("pk", s("k"), "vv", s(ascii(valueBytes)))));
        assertThat(get(table, KEY)).isNull();
    }

    @Test
    void updateThatGrowsAnItemPast400KbIsRejected() {
        String table = hashTable();
        put(table, item("pk", s("k"), "a", s(ascii(300_000))));

        assertValidation("Item size to update has exceeded the maximum allowed size",
                () -> client.updateItem(r -> r.tableName(table).key(KEY).updateExpression("SET b = :b")
                        .expressionAttributeValues(Map.of(":b", s(ascii(150_000))))));
        assertThat(get(table, KEY)).doesNotContainKey("b");
    }

    @Test
    void hashKeyOf2048BytesIsAccepted() {
        String table = hashTable();

        put(table, item("pk", s(ascii(2048))));

        assertThat(get(table, item("pk", s(ascii(2048))))).isNotNull();
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Hash primary key values must be under 2048 bytes, and range"
            + " primary key values must be under 1024 bytes\"; DynamoDB's text (no space in \"of2048\") is its own")
    void hashKeyOver2048BytesIsRejected() {
        String table = hashTable();

        assertValidation("One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes",
                () -> put(table, item("pk", s(ascii(2049)))));
    }

    @Test
    void sortKeyOf1024BytesIsAccepted() {
        String table = compositeTable(ScalarAttributeType.B);

        put(table, item("pk", s("k"), "sk", Items.b(new int[1024])));

        assertThat(get(table, item("pk", s("k"), "sk", Items.b(new int[1024])))).isNotNull();
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Hash primary key values must be under 2048 bytes, and range"
            + " primary key values must be under 1024 bytes\"")
    void sortKeyOver1024BytesIsRejected() {
        String table = compositeTable(ScalarAttributeType.S);

        assertValidation("One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes",
                () -> put(table, item("pk", s("k"), "sk", s(ascii(1025)))));
    }

    @Test
    void emptyStringKeyIsRejected() {
        String table = hashTable();

        assertValidation("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain"
                + " an empty string value. Key: pk", () -> put(table, item("pk", s(""))));
    }

    @Test
    void emptyBinarySortKeyIsRejected() {
        String table = compositeTable(ScalarAttributeType.B);

        assertValidation("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain"
                + " an empty binary value. Key: sk", () -> put(table, item("pk", s("k"), "sk", b())));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local truncates the message to \"One or more parameter values were invalid:"
            + " Type mismatch for key\"")
    void putWithKeyOfTheWrongTypeIsRejected() {
        String table = hashTable();

        assertValidation("One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N",
                () -> put(table, item("pk", n(1))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"One or more parameter values were invalid: Type mismatch for key\"")
    void getWithKeyOfTheWrongTypeIsRejected() {
        String table = hashTable();

        assertValidation("The provided key element does not match the schema",
                () -> client.getItem(r -> r.tableName(table).key(item("pk", n(1)))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"The number of conditions on the keys is invalid\"")
    void getWithAttributesBeyondTheKeyIsRejected() {
        String table = hashTable();

        assertValidation("The provided key element does not match the schema",
                () -> client.getItem(r -> r.tableName(table).key(item("pk", s("k"), "extra", s("x")))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"One of the required keys was not given a value\"")
    void putWithoutTheKeyIsRejected() {
        String table = compositeTable(ScalarAttributeType.N);

        assertValidation("One or more parameter values were invalid: Missing the key sk in the item",
                () -> put(table, item("pk", s("k"), "v", n(1))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Cannot do operations on a non-existent table\"")
    void itemOperationOnAnUnknownTableFailsWithResourceNotFound() {
        String missing = uniqueTableName();

        assertError(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> client.getItem(r -> r.tableName(missing).key(KEY)));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Cannot do operations on a non-existent table\"")
    void describeOfAnUnknownTableNamesTheTable() {
        String missing = uniqueTableName();

        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                "Requested resource not found: Table: " + missing + " not found",
                () -> client.describeTable(r -> r.tableName(missing)));
    }

    @Test
    void emptySetIsRejected() {
        String table = hashTable();

        assertValidation("One or more parameter values were invalid: An string set  may not be empty",
                () -> put(table, item("pk", s("k"), "set", ss())));
    }

    @Test
    void setWithDuplicateElementsIsRejected() {
        String table = hashTable();

        assertValidation("One or more parameter values were invalid: Input collection [a, a] contains duplicates",
                () -> put(table, item("pk", s("k"), "set", ss("a", "a"))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"DynamoDB only supports precision up to 38 digits\"")
    void numberWithMoreThan38SignificantDigitsIsRejected() {
        String table = hashTable();

        // wording: dynalite test/batchWriteItem.js; Alternator test_number.py matches "significant"
        assertValidation("Attempting to store more than 38 significant digits in a Number",
                () -> put(table, item("pk", s("k"), "v", n("123456789012345678901234567890123456789"))));
    }

    @Test
    void numbersOutsideTheSupportedMagnitudeAreRejected() {
        String table = hashTable();

        assertValidation("Number overflow. Attempting to store a number with magnitude larger than supported range",
                () -> put(table, item("pk", s("k"), "v", n("1E+126"))));
        assertValidation("Number underflow. Attempting to store a number with magnitude smaller than supported range",
                () -> put(table, item("pk", s("k"), "v", n("1E-131"))));
    }

    @Test
    void updateExpressionSyntaxErrorNamesTheToken() {
        String table = hashTable();

        assertValidation("Invalid UpdateExpression: Syntax error; token: \"=\", near: \"= = :v\"",
                () -> update(table, "SET a = = :v", Map.of(":v", n(1)), null));
    }

    @Test
    void undefinedExpressionAttributeValueIsRejected() {
        String table = hashTable();

        assertValidation("Invalid UpdateExpression: An expression attribute value used in expression is not defined;"
                + " attribute value: :v", () -> update(table, "SET a = :v", null, null));
    }

    @Test
    void unusedExpressionAttributeValuesAreRejected() {
        String table = hashTable();

        assertValidation("Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}",
                () -> update(table, "SET a = :v", Map.of(":v", n(1), ":w", n(2)), null));
        assertThat(get(table, KEY)).isNull();
    }

    @Test
    void unusedExpressionAttributeNamesAreRejected() {
        String table = hashTable();

        assertValidation("Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}",
                () -> update(table, "SET #a = :v", Map.of(":v", n(1)), Map.of("#a", "a", "#b", "b")));
    }

    @Test
    void reservedWordsMustBeWrittenAsNamePlaceholders() {
        String table = hashTable();

        assertValidation("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: name",
                () -> update(table, "SET name = :v", Map.of(":v", n(1)), null));
    }

    @Test
    void overlappingDocumentPathsInOneUpdateAreRejected() {
        String table = hashTable();

        assertValidation("Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite"
                + " one of these paths; path one: [a], path two: [a]", () -> update(table, "SET a = :v REMOVE a", Map.of(":v", n(1)), null));
    }

    @Test
    void unknownFunctionInAConditionIsRejected() {
        String table = hashTable();

        assertValidation("Invalid ConditionExpression: Invalid function name; function: foo",
                () -> client.putItem(r -> r.tableName(table).item(KEY).conditionExpression("foo(a)")));
        assertThat(get(table, KEY)).isNull();
    }

    private void update(String table, String expression, Map<String, AttributeValue> values, Map<String, String> names) {
        client.updateItem(r -> r.tableName(table).key(KEY).updateExpression(expression)
                .expressionAttributeValues(values).expressionAttributeNames(names));
    }
}
