package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertError;
import static dev.cairn.tck.api.ApiErrors.assertValidation;
import static dev.cairn.tck.api.Items.item;
import static dev.cairn.tck.api.Items.n;
import static dev.cairn.tck.api.Items.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * CreateTable, DescribeTable, ListTables, UpdateTable and DeleteTable: the table's declared shape
 * comes back exactly as given, billing mode and throughput are reported as DynamoDB reports them,
 * and a deleted table is gone. Creation and deletion are asynchronous in DynamoDB, so tests wait
 * for ACTIVE or for ResourceNotFound rather than assuming either happens at once.
 */
public abstract class TableLifecycleSuite extends ApiSuite {

    @Test
    void createTableEchoesKeySchemaAndAttributeDefinitions() {
        String name = uniqueTableName();
        CreateTableResponse response = client.createTable(compositeRequest(name));
        adopt(name);

        TableDescription table = response.tableDescription();
        assertThat(table.tableName()).isEqualTo(name);
        assertThat(table.tableStatus()).isIn(TableStatus.CREATING, TableStatus.ACTIVE);
        assertThat(table.keySchema()).containsExactly(key("pk", KeyType.HASH), key("sk", KeyType.RANGE));
        assertThat(table.attributeDefinitions()).containsExactlyInAnyOrder(
                attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N));
    }

    @Test
    void describeTableReportsActivePayPerRequestTableWithZeroThroughput() {
        String table = compositeTable(ScalarAttributeType.B);

        TableDescription description = client.describeTable(r -> r.tableName(table)).table();

        assertThat(description.tableName()).isEqualTo(table);
        assertThat(description.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(description.keySchema()).containsExactly(key("pk", KeyType.HASH), key("sk", KeyType.RANGE));
        assertThat(description.attributeDefinitions()).containsExactlyInAnyOrder(
                attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.B));
        assertThat(description.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(description.provisionedThroughput().readCapacityUnits()).isZero();
        assertThat(description.provisionedThroughput().writeCapacityUnits()).isZero();
        assertThat(description.tableArn()).endsWith(":table/" + table);
        assertThat(description.creationDateTime()).isNotNull();
    }

    @Test
    void describeTableReportsProvisionedThroughputOfProvisionedTable() {
        String table = createTable(CreateTableRequest.builder().tableName(uniqueTableName())
                .keySchema(key("pk", KeyType.HASH)).attributeDefinitions(attribute("pk", ScalarAttributeType.S))
                .provisionedThroughput(t -> t.readCapacityUnits(5L).writeCapacityUnits(7L)).build());

        TableDescription description = client.describeTable(r -> r.tableName(table)).table();

        assertThat(description.provisionedThroughput().readCapacityUnits()).isEqualTo(5L);
        assertThat(description.provisionedThroughput().writeCapacityUnits()).isEqualTo(7L);
    }

    /** DynamoDB refreshes ItemCount about every six hours, so only its bounds are a promise. */
    @Test
    void describeTableItemCountStartsAtZeroAndNeverExceedsItemsWritten() {
        String table = hashTable();
        assertThat(client.describeTable(r -> r.tableName(table)).table().itemCount()).isZero();

        for (int i = 0; i < 3; i++) {
            put(table, item("pk", s("k" + i), "v", n(i)));
        }

        TableDescription description = client.describeTable(r -> r.tableName(table)).table();
        assertThat(description.itemCount()).isBetween(0L, 3L);
        assertThat(description.tableSizeBytes()).isNotNegative();
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Cannot create preexisting table\"")
    void createTableRejectsAnExistingName() {
        String table = hashTable();

        assertError(ResourceInUseException.class, "ResourceInUseException", "Table already exists: " + table,
                () -> client.createTable(compositeRequest(table)));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers \"Hash Key not specified in Attribute Definitions.  Type unknown.\"")
    void createTableRejectsKeyAttributeMissingFromDefinitions() {
        String name = uniqueTableName();

        assertValidation("One or more parameter values were invalid: Some index key attributes are not defined in "
                + "AttributeDefinitions. Keys: [id], AttributeDefinitions: [pk]",
                () -> client.createTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(key("id", KeyType.HASH)).attributeDefinitions(attribute("pk", ScalarAttributeType.S))));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local words it \"The number of attributes in key schema must match the"
            + " number of attributes defined in attribute definitions.\"")
    void createTableRejectsAttributeDefinitionsNotInTheKeySchema() {
        String name = uniqueTableName();

        assertValidation("One or more parameter values were invalid: Number of attributes in KeySchema does not"
                        + " exactly match number of attributes defined in AttributeDefinitions",
                () -> client.createTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(key("pk", KeyType.HASH))
                        .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("extra", ScalarAttributeType.S))));
    }

    @Test
    void createTableRejectsProvisionedModeWithoutThroughput() {
        String name = uniqueTableName();

        assertValidation(() -> client.createTable(r -> r.tableName(name)
                .keySchema(key("pk", KeyType.HASH)).attributeDefinitions(attribute("pk", ScalarAttributeType.S))));
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> client.describeTable(r -> r.tableName(name)));
    }

    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local accepts ProvisionedThroughput with PAY_PER_REQUEST and ignores it;"
            + " its documented usage notes say provisioned throughput settings are ignored")
    void createTableRejectsThroughputForPayPerRequestTables() {
        String name = uniqueTableName();

        assertValidation("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits"
                        + " can be specified when BillingMode is PAY_PER_REQUEST",
                () -> client.createTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(key("pk", KeyType.HASH)).attributeDefinitions(attribute("pk", ScalarAttributeType.S))
                        .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L))));
    }

    @Test
    void createTableRejectsNamesShorterThanThreeCharactersOrWithInvalidCharacters() {
        for (String name : List.of("ab", "bad name!")) {
            assertValidation(() -> client.createTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                    .keySchema(key("pk", KeyType.HASH)).attributeDefinitions(attribute("pk", ScalarAttributeType.S))));
        }
    }

    @Test
    void createTableRejectsNonScalarKeyTypes() {
        String name = uniqueTableName();

        assertValidation(() -> client.createTable(r -> r.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("pk", KeyType.HASH))
                .attributeDefinitions(d -> d.attributeName("pk").attributeType("BOOL"))));
    }

    @Test
    void listTablesPagesInNameOrderWithLimitAndExclusiveStartTableName() {
        String prefix = uniqueTableName();
        for (String suffix : List.of("-c", "-a", "-b")) {
            createTable(prefix + suffix, "pk", ScalarAttributeType.S, null, null);
        }

        ListTablesResponse first = client.listTables(r -> r.exclusiveStartTableName(prefix).limit(2));
        ListTablesResponse second = client.listTables(r -> r.exclusiveStartTableName(first.lastEvaluatedTableName()).limit(2));

        assertThat(first.tableNames()).containsExactly(prefix + "-a", prefix + "-b");
        assertThat(first.lastEvaluatedTableName()).isEqualTo(prefix + "-b");
        assertThat(second.tableNames()).first().isEqualTo(prefix + "-c");
        assertThat(client.listTables(r -> r.limit(100)).tableNames()).isSorted();
    }

    @Test
    void listTablesRejectsLimitAbove100() {
        assertValidation(() -> client.listTables(r -> r.limit(101)));
    }

    @Test
    void updateTableSwitchesPayPerRequestToProvisioned() {
        String table = hashTable();

        client.updateTable(r -> r.tableName(table).billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(t -> t.readCapacityUnits(3L).writeCapacityUnits(4L)));

        TableDescription description = awaitActive(table);
        assertThat(description.billingModeSummary().billingMode()).isEqualTo(BillingMode.PROVISIONED);
        assertThat(description.provisionedThroughput().readCapacityUnits()).isEqualTo(3L);
        assertThat(description.provisionedThroughput().writeCapacityUnits()).isEqualTo(4L);
    }

    @Test
    void updateTableChangesProvisionedThroughputAndKeepsItems() {
        String table = createTable(CreateTableRequest.builder().tableName(uniqueTableName())
                .keySchema(key("pk", KeyType.HASH)).attributeDefinitions(attribute("pk", ScalarAttributeType.S))
                .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L)).build());
        put(table, item("pk", s("kept")));

        client.updateTable(r -> r.tableName(table).provisionedThroughput(t -> t.readCapacityUnits(2L).writeCapacityUnits(3L)));

        TableDescription description = awaitActive(table);
        assertThat(description.provisionedThroughput().readCapacityUnits()).isEqualTo(2L);
        assertThat(description.provisionedThroughput().writeCapacityUnits()).isEqualTo(3L);
        assertThat(get(table, item("pk", s("kept")))).isEqualTo(item("pk", s("kept")));
    }

    @Test
    void deletedTableIsNotFoundAndDisappearsFromListTables() {
        String table = hashTable();
        put(table, item("pk", s("a")));

        TableDescription deleted = client.deleteTable(r -> r.tableName(table)).tableDescription();
        awaitDeleted(table);

        assertThat(deleted.tableName()).isEqualTo(table);
        assertError(ResourceNotFoundException.class, "ResourceNotFoundException",
                () -> client.getItem(r -> r.tableName(table).key(item("pk", s("a")))));
        assertThat(client.listTables(r -> r.exclusiveStartTableName(table.substring(0, table.length() - 1)).limit(5))
                .tableNames()).doesNotContain(table);
    }

    @Test
    void deleteTableOfUnknownTableFailsWithResourceNotFound() {
        String name = uniqueTableName();

        assertError(ResourceNotFoundException.class, "ResourceNotFoundException", () -> client.deleteTable(r -> r.tableName(name)));
    }

    @Test
    void tableCanBeRecreatedAfterDeletionAndStartsEmpty() {
        String table = hashTable();
        put(table, item("pk", s("old")));
        client.deleteTable(r -> r.tableName(table));
        awaitDeleted(table);

        createTable(table, "pk", ScalarAttributeType.S, null, null);

        assertThat(get(table, item("pk", s("old")))).isNull();
    }

    @Test
    @Requires(Capability.STREAMS)
    void createTableWithStreamSpecificationReportsTheStream() {
        String table = createTable(compositeRequest(uniqueTableName()).toBuilder()
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)).build());

        TableDescription description = client.describeTable(r -> r.tableName(table)).table();

        assertThat(description.streamSpecification().streamEnabled()).isTrue();
        assertThat(description.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(description.latestStreamArn()).contains(table);
    }

    @Test
    @Requires(Capability.TTL)
    void timeToLiveEnabledByUpdateTimeToLiveIsDescribed() {
        String table = hashTable();

        var update = client.updateTimeToLive(r -> r.tableName(table)
                .timeToLiveSpecification(t -> t.enabled(true).attributeName("expires")));

        assertThat(update.timeToLiveSpecification().attributeName()).isEqualTo("expires");
        var described = client.describeTimeToLive(r -> r.tableName(table)).timeToLiveDescription();
        assertThat(described.timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLING, TimeToLiveStatus.ENABLED);
        assertThat(described.attributeName()).isEqualTo("expires");
    }

    private static CreateTableRequest compositeRequest(String name) {
        return CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N))
                .build();
    }

}
