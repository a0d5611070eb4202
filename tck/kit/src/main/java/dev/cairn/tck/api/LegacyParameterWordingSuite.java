package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The legacy parameters (KeyConditions, QueryFilter, ScanFilter, Expected, ConditionalOperator,
 * AttributesToGet) as DynamoDB judges them: their enum members are constraints of the request,
 * checked and worded with the others; operators a key cannot take are refused as DynamoDB refuses
 * them; and KeyConditions may stand beside a FilterExpression or ProjectionExpression.
 */
public abstract class LegacyParameterWordingSuite extends ApiSuite {

    private static final String LOCAL_WORDING = "DynamoDB Local words this validation its own way";
    private static final String OPERATORS =
            "[IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]";

    @Test
    @DynamoDbLocalDiffers(reason = LOCAL_WORDING)
    void comparisonOperatorsAreCaseSensitiveEnumMembers() {
        String table = hashTable();

        // wording: dynalite test/scan.js; Alternator test_key_conditions.py test_key_conditions_comparison_operator_case
        assertValidation("1 validation error detected: Value 'eq' at 'scanFilter.v.member.comparisonOperator' failed "
                + "to satisfy constraint: Member must satisfy enum value set: " + OPERATORS,
                () -> client.scan(r -> r.tableName(table).scanFilter(Map.of("v", condition("eq", n(1))))));
        assertValidation("1 validation error detected: Value 'DOG' at 'keyConditions.pk.member.comparisonOperator' "
                + "failed to satisfy constraint: Member must satisfy enum value set: " + OPERATORS,
                () -> client.query(r -> r.tableName(table).keyConditions(Map.of("pk", condition("DOG", s("a"))))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = LOCAL_WORDING)
    void anUnknownExpectedOperatorIsAConstraintViolation() {
        String table = hashTable();

        // member name as for the filters (dynalite test/query.js, scan.js)
        assertValidation("1 validation error detected: Value 'XX' at 'expected.v.member.comparisonOperator' failed "
                + "to satisfy constraint: Member must satisfy enum value set: " + OPERATORS,
                () -> client.putItem(r -> r.tableName(table).item(item("pk", s("a")))
                        .expected(Map.of("v", ExpectedAttributeValue.builder().comparisonOperator("XX")
                                .attributeValueList(n(1)).build()))));
        assertThat(get(table, item("pk", s("a")))).isNull();
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local accepts an unknown ConditionalOperator in Query and Scan")
    void anUnknownConditionalOperatorIsRejected() {
        String table = hashTable();

        // wording and the order of the set: dynalite test/scan.js, test/query.js
        assertValidation("1 validation error detected: Value 'XOR' at 'conditionalOperator' failed to satisfy "
                + "constraint: Member must satisfy enum value set: [OR, AND]", () -> client.scan(r -> r.tableName(table)
                        .scanFilter(Map.of("a", condition("NULL"), "b", condition("NULL"))).conditionalOperator("XOR")));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Query key condition not supported\" for every operator")
    void operatorsNoIndexServesAreRefusedOnTheKey() {
        String table = compositeTable(ScalarAttributeType.N);

        // wording: dynalite test/query.js "should return ValidationException if querying with non-indexable operations"
        for (String operator : List.of("NE", "IN", "CONTAINS", "NOT_CONTAINS")) {
            assertValidation("Attempted conditional constraint is not an indexable operation",
                    () -> client.query(r -> r.tableName(table).keyConditions(Map.of("pk", condition(operator, s("a"))))));
        }
        assertValidation("Attempted conditional constraint is not an indexable operation", () -> client.query(r -> r
                .tableName(table).keyConditions(Map.of("pk", condition("EQ", s("a")), "sk", condition("NULL")))));
    }

    @Test
    void rangeOperatorsOnThePartitionKeyAreNotSupported() {
        String table = hashTable();

        // wording: Alternator test_key_conditions.py test_key_conditions_partition_only_eq; dynalite test/query.js
        for (String operator : List.of("LE", "LT", "GE", "GT", "BEGINS_WITH")) {
            assertValidation("Query key condition not supported",
                    () -> client.query(r -> r.tableName(table).keyConditions(Map.of("pk", condition(operator, s("a"))))));
        }
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local leaves out the name of the key element")
    void legacyKeyConditionsWithoutThePartitionKeyNameIt() {
        String table = compositeTable(ScalarAttributeType.N);

        // wording: dynalite test/query.js; Alternator test_key_conditions.py test_key_conditions_partition_missing
        assertValidation("Query condition missed key schema element: pk",
                () -> client.query(r -> r.tableName(table).keyConditions(Map.of("sk", condition("EQ", n(3))))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = LOCAL_WORDING)
    void anEmptyAttributesToGetIsAConstraintViolation() {
        String table = hashTable();

        // wording: dynalite test/getItem.js, test/query.js "should return ValidationException for incorrect attributes"
        assertValidation("1 validation error detected: Value '[]' at 'attributesToGet' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 1",
                () -> client.getItem(r -> r.tableName(table).key(item("pk", s("a"))).attributesToGet(List.of())));
    }

    @Test
    void keyConditionsMayStandBesideAFilterAndAProjectionExpression() {
        String table = compositeTable(ScalarAttributeType.N);
        put(table, item("pk", s("a"), "sk", n(1), "v", n(10), "w", s("x")));
        put(table, item("pk", s("a"), "sk", n(2), "v", n(20), "w", s("y")));

        // dynalite test/query.js: the mixing message leaves KeyConditions out without KeyConditionExpression
        QueryResponse response = client.query(r -> r.tableName(table)
                .keyConditions(Map.of("pk", condition("EQ", s("a"))))
                .filterExpression("v > :min").expressionAttributeValues(Map.of(":min", n(15)))
                .projectionExpression("sk, w"));

        assertThat(response.items()).containsExactly(item("sk", n(2), "w", s("y")));
    }

    private static Condition condition(String operator, AttributeValue... values) {
        return Condition.builder().comparisonOperator(operator).attributeValueList(values).build();
    }
}
