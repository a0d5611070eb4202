package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertError;
import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.l;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Errors worded as DynamoDB words them where DynamoDB Local has its own words: member constraints
 * in the "N validation error(s) detected" envelope, required parameters, the key a Query's key
 * condition missed, numbers, and keys that do not fit inside a transaction. Each test names the
 * public source of its wording: tests run against DynamoDB (dynalite, ScyllaDB Alternator, the
 * nubo-db and paritysuite conformance suites) or AWS's own pages and issue threads.
 */
public abstract class DynamoDbWordingSuite extends ApiSuite {

    private static final String LOCAL_WORDING = "DynamoDB Local words this validation its own way";

    // --- Constraint envelope ---

    @Test
    @DynamoDbLocalDiffers(reason = LOCAL_WORDING)
    void batchWriteWithNoRequestItemsNamesTheRequiredParameter() {
        // wording: nubo-db/dynamodb-conformance tests/tier3/error-messages/batchWriteItem.test.ts
        assertValidation("The requestItems parameter is required for BatchWriteItem",
                () -> client.batchWriteItem(r -> r.requestItems(Map.of())));
    }

    @Test
    @DynamoDbLocalDiffers(reason = LOCAL_WORDING)
    void batchGetWithNoRequestItemsNamesTheRequiredParameter() {
        // wording: nubo-db/dynamodb-conformance tests/tier3/error-messages/batchGetItem.test.ts
        assertValidation("The requestItems parameter is required for BatchGetItem",
                () -> client.batchGetItem(r -> r.requestItems(Map.of())));
    }

    @Test
    @DynamoDbLocalDiffers(reason = LOCAL_WORDING)
    void batchGetWithAnEmptyKeysListIsAConstraintViolation() {
        String table = hashTable();

        // wording: paritysuite/dynamodb-conformance tests/tier3/error-messages/batchGetItem.test.ts
        assertValidation("1 validation error detected: Value at 'RequestItems." + table + ".member.Keys' failed to "
                + "satisfy constraint: Member must have length greater than or equal to 1",
                () -> client.batchGetItem(r -> r.requestItems(Map.of(table,
                        KeysAndAttributes.builder().keys(List.<Map<String, AttributeValue>>of()).build()))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = LOCAL_WORDING)
    void batchWriteListsEveryTableOverTwentyFiveRequests() {
        String first = hashTable();
        String second = hashTable();
        List<WriteRequest> writes = IntStream.range(0, 26)
                .mapToObj(i -> WriteRequest.builder().putRequest(p -> p.item(item("pk", s("k" + i)))).build()).toList();

        // wording: dynalite test/batchWriteItem.js (one violation per table's list, the map echoed)
        String message = assertValidation(() -> client.batchWriteItem(r -> r.requestItems(Map.of(first, writes,
                second, writes)))).awsErrorDetails().errorMessage();
        assertThat(message).startsWith("2 validation errors detected: Value '{")
                .contains("' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: "
                        + "[Member must have length less than or equal to 25, Member must have length greater than or "
                        + "equal to 1]; Value '{");
        assertThat(client.scan(r -> r.tableName(first)).count()).isZero();
    }

    @Test
    @DynamoDbLocalDiffers(reason = LOCAL_WORDING)
    void querySelectOutsideTheEnumIsAConstraintViolation() {
        String table = hashTable();

        // wording: nubo-db/dynamodb-conformance tests/tier3/error-messages/query.test.ts
        assertValidation("1 validation error detected: Value 'INVALID_VALUE' at 'select' failed to satisfy constraint: "
                + "Member must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]",
                () -> client.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("a"))).select("INVALID_VALUE")));
    }

    @Test
    @DynamoDbLocalDiffers(reason = LOCAL_WORDING)
    void scanListsEveryInvalidMemberInDynamoDbsOrder() {
        String table = hashTable();

        // wording and order: dynalite test/scan.js "should return ValidationException for incorrect attributes"
        assertValidation("3 validation errors detected: Value 'hi' at 'select' failed to satisfy constraint: Member "
                + "must satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]; "
                + "Value '-1' at 'segment' failed to satisfy constraint: Member must have value greater than or equal to 0; "
                + "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
                () -> client.scan(r -> r.tableName(table).select("hi").segment(-1).totalSegments(2).limit(0)));
    }

    @Test
    @DynamoDbLocalDiffers(reason = LOCAL_WORDING)
    void queryLimitBelowOneIsAConstraintViolation() {
        String table = hashTable();

        // wording: nubo-db/dynamodb-conformance tests/tier3/error-messages/query.test.ts "Limit of 0"
        assertValidation("1 validation error detected: Value at 'Limit' failed to satisfy constraint: Member must have "
                + "value greater than or equal to 1", () -> client.query(r -> r.tableName(table)
                        .keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", s("a"))).limit(0)));
    }

    @Test
    @DynamoDbLocalDiffers(reason = LOCAL_WORDING)
    void scanSegmentWithoutTotalSegmentsNamesTheMissingParameter() {
        String table = hashTable();

        // wording: nubo-db/dynamodb-conformance tests/tier3/error-messages/scan.test.ts
        assertValidation("The TotalSegments parameter is required but was not present in the request when Segment "
                + "parameter is present", () -> client.scan(r -> r.tableName(table).segment(0)));
        assertValidation("The Segment parameter is required but was not present in the request when parameter "
                + "TotalSegments is present", () -> client.scan(r -> r.tableName(table).totalSegments(2)));
    }

    @Test
    @DynamoDbLocalDiffers(reason = LOCAL_WORDING)
    void scanSegmentMustBeBelowTotalSegments() {
        String table = hashTable();

        // wording: nubo-db/dynamodb-conformance tests/tier3/error-messages/scan.test.ts
        assertValidation("The Segment parameter is zero-based and must be less than parameter TotalSegments: "
                + "Segment: 5 is not less than TotalSegments: 5",
                () -> client.scan(r -> r.tableName(table).segment(5).totalSegments(5)));
    }

    @Test
    @DynamoDbLocalDiffers(reason = LOCAL_WORDING)
    void putListsAnUnknownReturnValuesWithTheOtherViolations() {
        String table = hashTable();

        // wording and order: dynalite test/putItem.js "should return ValidationException for incorrect attributes"
        assertValidation("2 validation errors detected: Value 'hi' at 'returnConsumedCapacity' failed to satisfy "
                + "constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; Value 'hi' at 'returnValues' "
                + "failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, "
                + "UPDATED_NEW]", () -> client.putItem(r -> r.tableName(table).item(item("pk", s("a")))
                        .returnConsumedCapacity("hi").returnValues("hi")));
        assertThat(get(table, item("pk", s("a")))).isNull();
    }

    // --- Required parameters ---

    @Test
    @DynamoDbLocalDiffers(reason = LOCAL_WORDING)
    void controlPlaneWithoutTableNameNamesTheRequiredParameter() {
        // wording: aws/aws-sdk-java issue #977 (DescribeTable); dynalite test/deleteTable.js, updateTable.js
        String required = "The parameter 'TableName' is required but was not present in the request";
        assertValidation(required, () -> client.describeTable(r -> { }));
        assertValidation(required, () -> client.deleteTable(r -> { }));
        assertValidation(required, () -> client.updateTable(r -> r.billingMode("PAY_PER_REQUEST")));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local leaves out the \"1 validation error detected: \" prefix")
    void dataPlaneWithoutTableNameReportsTheNullMember() {
        // wording: Netflix-Skunkworks/iep-apps pull request #527 (GetItem, 2024)
        assertValidation("1 validation error detected: Value null at 'tableName' failed to satisfy constraint: Member "
                + "must not be null", () -> client.getItem(r -> r.key(item("pk", s("a")))));
    }

    // --- Key conditions name the key ---

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local leaves out the name of the key element")
    void keyConditionWithoutThePartitionKeyNamesIt() {
        String table = compositeTable(ScalarAttributeType.S);

        // wording: nubo-db/dynamodb-conformance tests/tier3/error-messages/query.test.ts
        for (String condition : List.of("sk = :v", "attr1 = :v")) {
            assertValidation("Query condition missed key schema element: pk", () -> client.query(r -> r.tableName(table)
                    .keyConditionExpression(condition).expressionAttributeValues(Map.of(":v", s("val")))));
        }
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local leaves out the name of the key element")
    void keyConditionOnANonKeyAttributeBesideThePartitionKeyNamesTheSortKey() {
        String table = compositeTable(ScalarAttributeType.S);

        // wording: dynalite test/query.js "should return ValidationException for missing range element"
        assertValidation("Query condition missed key schema element: sk", () -> client.query(r -> r.tableName(table)
                .keyConditionExpression("pk = :p AND attr1 = :v")
                .expressionAttributeValues(Map.of(":p", s("a"), ":v", s("b")))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"The provided starting key does not match the range key predicate\"")
    void anExclusiveStartKeyOfAnotherPartitionIsOutsideTheQuery() {
        String table = compositeTable(ScalarAttributeType.N);

        // wording: dynalite test/query.js "should return ValidationException for ExclusiveStartKey with out-of-bounds hash key"
        assertValidation("The provided starting key is outside query boundaries based on provided conditions",
                () -> client.query(r -> r.tableName(table).keyConditionExpression("pk = :p")
                        .expressionAttributeValues(Map.of(":p", s("b"))).exclusiveStartKey(item("pk", s("a"), "sk", n(1)))));
    }

    @Test
    void anExclusiveStartKeyOutsideTheSortKeyRangeDoesNotMatchThePredicate() {
        String table = compositeTable(ScalarAttributeType.N);

        // wording: dynalite test/query.js "should return ValidationException for ExclusiveStartKey with non-matching range key"
        assertValidation("The provided starting key does not match the range key predicate",
                () -> client.query(r -> r.tableName(table).keyConditionExpression("pk = :p AND sk > :min")
                        .expressionAttributeValues(Map.of(":p", s("a"), ":min", n(5)))
                        .exclusiveStartKey(item("pk", s("a"), "sk", n(1)))));
    }

    // --- Numbers ---

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"A value provided cannot be converted into a number\"")
    void textThatIsNotANumberIsRejectedNamingIt() {
        String table = hashTable();

        // wording: dynalite test/batchWriteItem.js; Alternator test_number.py test_invalid_numbers matches "numeric"
        assertValidation("The parameter cannot be converted to a numeric value: dog",
                () -> put(table, item("pk", s("a"), "v", n("dog"))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"DynamoDB only supports precision up to 38 digits\"")
    void arithmeticNeedingMoreThan38DigitsIsAnOverflow() {
        String table = hashTable();

        // wording: Alternator test_number.py test_update_expression_plus_imprecise (its comment quotes DynamoDB)
        assertValidation("Number overflow. Attempting to store a number with magnitude larger than supported range",
                () -> client.updateItem(r -> r.tableName(table).key(item("pk", s("a"))).updateExpression("SET b = :x - :y")
                        .expressionAttributeValues(Map.of(":x", n("1e50"), ":y", n("1")))));
    }

    // --- Transactions ---

    @Test
    @Requires(Capability.TRANSACTIONS)
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers a top-level ValidationException")
    void transactionalPutWithAWrongTypedKeyIsCancelledWithAValidationError() {
        String table = hashTable();

        // shape and wording: paritysuite/dynamodb-conformance tests/tier3/error-messages/transactWriteItems.test.ts
        TransactionCanceledException error = assertError(TransactionCanceledException.class,
                "TransactionCanceledException", () -> client.transactWriteItems(r -> r.transactItems(
                        t -> t.put(p -> p.tableName(table).item(item("pk", s("ok")))),
                        t -> t.put(p -> p.tableName(table).item(item("pk", l(s("x"))))))));
        assertThat(error.awsErrorDetails().errorMessage()).isEqualTo(
                "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ValidationError]");
        assertThat(error.cancellationReasons()).extracting(CancellationReason::code).containsExactly("None", "ValidationError");
        assertThat(error.cancellationReasons().get(1).message())
                .isEqualTo("One or more parameter values were invalid: Type mismatch for key pk expected: S actual: L");
        assertThat(get(table, item("pk", s("ok")))).isNull();
    }

    @Test
    @Requires(Capability.TRANSACTIONS)
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers a top-level ValidationException")
    void transactionalUpdateWithAWrongTypedKeyIsCancelledWithTheSchemaMismatch() {
        String table = hashTable();

        // shape and wording: paritysuite/dynamodb-conformance tests/tier3/error-messages/transactWriteItems.test.ts
        TransactionCanceledException error = assertError(TransactionCanceledException.class,
                "TransactionCanceledException", () -> client.transactWriteItems(r -> r.transactItems(
                        t -> t.update(u -> u.tableName(table).key(item("pk", n(5))).updateExpression("SET a = :v")
                                .expressionAttributeValues(Map.of(":v", s("x")))))));
        assertThat(error.cancellationReasons()).extracting(CancellationReason::code).containsExactly("ValidationError");
        assertThat(error.cancellationReasons().get(0).message()).isEqualTo("The provided key element does not match the schema");
    }

    @Test
    @Requires(Capability.TRANSACTIONS)
    void transactionalPutWithAnEmptyKeyIsATopLevelValidationError() {
        String table = hashTable();

        // wording: paritysuite/dynamodb-conformance tests/tier3/error-messages/transactWriteItems.test.ts
        assertValidation("One or more parameter values are not valid. The AttributeValue for a key attribute cannot "
                + "contain an empty string value. Key: pk", () -> client.transactWriteItems(r -> r.transactItems(
                        t -> t.put(p -> p.tableName(table).item(item("pk", s("")))))));
    }

    @Test
    @Requires(Capability.TRANSACTIONS)
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers a top-level ValidationException")
    void transactionalGetWithAnEmptyKeyIsCancelledWithAValidationError() {
        String table = hashTable();

        // shape: paritysuite/dynamodb-conformance tests/tier3/error-messages/transactGetItems.test.ts
        TransactionCanceledException error = assertError(TransactionCanceledException.class,
                "TransactionCanceledException", () -> client.transactGetItems(r -> r.transactItems(
                        t -> t.get(g -> g.tableName(table).key(Map.of())))));
        assertThat(error.cancellationReasons()).extracting(CancellationReason::code).containsExactly("ValidationError");
    }
}
