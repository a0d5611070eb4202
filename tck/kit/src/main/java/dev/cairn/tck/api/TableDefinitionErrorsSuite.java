package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * CreateTable and UpdateTable's complaints about table and index definitions, worded as DynamoDB
 * words them. Each test names its source: dynalite's tests (messages captured from DynamoDB),
 * ScyllaDB Alternator's tests (run against DynamoDB), or a capture of DynamoDB's answers. Where
 * DynamoDB Local words it otherwise, the test is tagged with its text.
 */
public abstract class TableDefinitionErrorsSuite extends ApiSuite {

    private static final String LONG_NAME = "n".repeat(256);

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Key Schema too big.  Key Schema must at most consist of "
            + "the hash and range key of a table\"")
    void tableKeySchemaOfThreeElementsBreaksTheLengthConstraint() {
        // wording: dynalite test/createTable.js "key element names" (the value is DynamoDB's model objects, matched as [.+])
        var error = assertValidation(() -> client.createTable(table(List.of(key("a", KeyType.HASH),
                key("b", KeyType.RANGE), key("c", KeyType.RANGE)), attribute("a", ScalarAttributeType.S),
                attribute("b", ScalarAttributeType.S), attribute("c", ScalarAttributeType.S))));

        assertThat(error.awsErrorDetails().errorMessage()).matches("1 validation error detected: Value '\\[.+\\]' at "
                + "'keySchema' failed to satisfy constraint: Member must have length less than or equal to 2");
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"No defined key schema.  A key schema containing at least "
            + "a hash key must be defined for all tables\"")
    void emptyTableKeySchemaBreaksTheLengthConstraint() {
        // wording: dynalite test/createTable.js "low ProvisionedThroughput.WriteCapacityUnits"
        assertValidation("1 validation error detected: Value '[]' at 'keySchema' failed to satisfy constraint: Member "
                + "must have length greater than or equal to 1",
                () -> client.createTable(table(List.of(), attribute("a", ScalarAttributeType.S))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Key Schema too big.  Key Schema must at most consist of "
            + "the hash and range key of a table\"")
    void localIndexKeySchemaOfThreeElementsBreaksTheLengthConstraint() {
        // rule: API reference LocalSecondaryIndex, KeySchema "Maximum number of 2 items"; envelope as for the table's
        var error = assertValidation(() -> client.createTable(rangeTable().toBuilder().localSecondaryIndexes(
                LocalSecondaryIndex.builder().indexName("byX").keySchema(key("pk", KeyType.HASH), key("x", KeyType.RANGE),
                        key("sk", KeyType.RANGE)).projection(all()).build()).build()));

        assertThat(error.awsErrorDetails().errorMessage()).matches("1 validation error detected: Value '\\[.+\\]' at "
                + "'localSecondaryIndexes.1.member.keySchema' failed to satisfy constraint: Member must have length less "
                + "than or equal to 2");
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Two global secondary indices have the same name\"")
    void twoGlobalIndexesWithOneNameAreRejected() {
        // wording: dynalite test/createTable.js "duplicate index names in GlobalSecondaryIndexes"; Alternator
        // test_gsi.py test_gsi_same_name_forbidden
        assertValidation("One or more parameter values were invalid: Duplicate index name: byX", () -> client.createTable(
                table(List.of(key("pk", KeyType.HASH)), attribute("pk", ScalarAttributeType.S),
                        attribute("x", ScalarAttributeType.S)).toBuilder()
                        .globalSecondaryIndexes(global("byX", "x", all()), global("byX", "x", all())).build()));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Local Secondary Indices AND Global Secondary Indices must "
            + "have different names\"")
    void aLocalAndAGlobalIndexWithOneNameAreRejected() {
        // wording: Alternator test_lsi.py test_lsi_and_gsi_same_name ("Duplicate index name: samename")
        assertValidation("One or more parameter values were invalid: Duplicate index name: same", () -> client.createTable(
                rangeTable().toBuilder().localSecondaryIndexes(local("same", "x", all()))
                        .globalSecondaryIndexes(global("same", "x", all())).build()));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Two local secondary indices have the same name\"")
    void twoLocalIndexesWithOneNameAreRejected() {
        // wording: dynalite test/createTable.js "duplicate index names in LocalSecondaryIndexes"
        assertValidation("One or more parameter values were invalid: Duplicate index name: same", () -> client.createTable(
                rangeTable().toBuilder().localSecondaryIndexes(local("same", "x", all()), local("same", "x", all()))
                        .build()));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Indexes must have a projection specified\"")
    void projectionWithoutAProjectionTypeIsRejected() {
        // wording: dynalite test/createTable.js "empty Projection in GlobalSecondaryIndex"; Alternator test_gsi.py
        // test_gsi_missing_projection_type
        assertValidation("One or more parameter values were invalid: Unknown ProjectionType: null",
                () -> client.createTable(hashTableWith(global("byX", "x", Projection.builder().build()))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"No attributes should be specified to be projected unless "
            + "projection type is INCLUDE\"")
    void nonKeyAttributesOutsideIncludeAreRejected() {
        // wording: dynalite test/createTable.js "NonKeyAttributes with ProjectionType ALL / KEYS_ONLY"
        assertValidation("One or more parameter values were invalid: ProjectionType is ALL, but NonKeyAttributes is "
                + "specified", () -> client.createTable(hashTableWith(global("byX", "x",
                        Projection.builder().projectionType(ProjectionType.ALL).nonKeyAttributes("a").build()))));
        assertValidation("One or more parameter values were invalid: ProjectionType is KEYS_ONLY, but NonKeyAttributes "
                + "is specified", () -> client.createTable(hashTableWith(global("byX", "x",
                        Projection.builder().projectionType(ProjectionType.KEYS_ONLY).nonKeyAttributes("a").build()))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Attribute y is not defined in AttributeDefinitions\"")
    void indexKeyAttributesMissingFromTheDefinitionsAreListed() {
        // wording: dynalite test/createTable.js "missing attribute definitions when hash is same in GlobalSecondaryIndex"
        assertValidation("One or more parameter values were invalid: Some index key attributes are not defined in "
                + "AttributeDefinitions. Keys: [x, y], AttributeDefinitions: [pk, x]", () -> client.createTable(
                        hashTableWith(GlobalSecondaryIndex.builder().indexName("byXY")
                                .keySchema(key("x", KeyType.HASH), key("y", KeyType.RANGE)).projection(all()).build())));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Local Secondary indices are not allowed on hash tables, "
            + "only hash and range tables\"")
    void localIndexOnATableWithoutASortKeyIsRejectedBeforeItsKeyIsChecked() {
        // wording: dynalite test/createTable.js "no range key with LocalSecondaryIndex" (its key names an undefined attribute)
        assertValidation("One or more parameter values were invalid: Table KeySchema does not have a range key, which "
                + "is required when specifying a LocalSecondaryIndex", () -> client.createTable(
                        table(List.of(key("pk", KeyType.HASH)), attribute("pk", ScalarAttributeType.S)).toBuilder()
                                .localSecondaryIndexes(local("byZ", "z", all())).build()));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local looks the name up first and answers \"Attribute nnn... is not "
            + "defined in AttributeDefinitions\"")
    void overLongIndexKeyNameIsRejectedBeforeItsDefinitionIsLookedUp() {
        // rule: issue 13 section 2 (DynamoDB checks the 255-byte limit before AttributeDefinitions); DynamoDB Local's text
        assertValidation("Names of key attributes and attributes projected into an index must be between 1 and 255 "
                + "characters, inclusive", () -> client.createTable(hashTableWith(global("byLong", LONG_NAME, all()))));
    }

    @Test
    void overLongNamesInDefinitionsAndProjectionsAreRejected() {
        String message = "Names of key attributes and attributes projected into an index must be between 1 and 255 "
                + "characters, inclusive";
        assertValidation(message, () -> client.createTable(table(List.of(key("pk", KeyType.HASH)),
                attribute("pk", ScalarAttributeType.S), attribute(LONG_NAME, ScalarAttributeType.S))));
        assertValidation(message, () -> client.createTable(hashTableWith(global("byX", "x", Projection.builder()
                .projectionType(ProjectionType.INCLUDE).nonKeyAttributes(LONG_NAME).build()))));
        String table = hashTable();
        assertValidation(message, () -> client.updateTable(r -> r.tableName(table)
                .attributeDefinitions(attribute(LONG_NAME, ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("byLong").keySchema(key(LONG_NAME, KeyType.HASH))
                        .projection(all())))));
    }

    // ---- helpers -----------------------------------------------------------------------

    private CreateTableRequest table(List<KeySchemaElement> keySchema, AttributeDefinition... definitions) {
        return CreateTableRequest.builder().tableName(uniqueTableName()).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(keySchema).attributeDefinitions(definitions).build();
    }

    /** pk S, sk S, with a definition of x S for the indexes to use; not created. */
    private CreateTableRequest rangeTable() {
        return table(List.of(key("pk", KeyType.HASH), key("sk", KeyType.RANGE)), attribute("pk", ScalarAttributeType.S),
                attribute("sk", ScalarAttributeType.S), attribute("x", ScalarAttributeType.S));
    }

    /** pk S with this global index and a definition of x S; not created. */
    private CreateTableRequest hashTableWith(GlobalSecondaryIndex index) {
        return table(List.of(key("pk", KeyType.HASH)), attribute("pk", ScalarAttributeType.S),
                attribute("x", ScalarAttributeType.S)).toBuilder().globalSecondaryIndexes(index).build();
    }

    private static GlobalSecondaryIndex global(String name, String hash, Projection projection) {
        return GlobalSecondaryIndex.builder().indexName(name).keySchema(key(hash, KeyType.HASH)).projection(projection)
                .build();
    }

    private static LocalSecondaryIndex local(String name, String range, Projection projection) {
        return LocalSecondaryIndex.builder().indexName(name).keySchema(key("pk", KeyType.HASH), key(range, KeyType.RANGE))
                .projection(projection).build();
    }

    private static Projection all() {
        return Projection.builder().projectionType(ProjectionType.ALL).build();
    }
}
