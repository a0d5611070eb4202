package dev.cairn.frontend.embedded;

import static dev.cairn.frontend.embedded.Tables.definition;
import static dev.cairn.frontend.embedded.Tables.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.Tag;

class TableOperationsTest {

    private final RecordingEngine engine = new RecordingEngine();
    private final DynamoDbClient client = EmbeddedDynamoDbClient.owning(engine);

    @AfterEach
    void close() {
        client.close();
    }

    private Attempt<?> createIndexedTable() {
        return Attempt.of(() -> client.createTable(b -> b.tableName("orders")
                .attributeDefinitions(definition("pk", "S"), definition("sk", "N"), definition("lsk", "S"), definition("gpk", "B"))
                .keySchema(key("pk", "HASH"), key("sk", "RANGE"))
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("byLsk")
                        .keySchema(key("pk", "HASH"), key("lsk", "RANGE"))
                        .projection(Projection.builder().projectionType(ProjectionType.INCLUDE).nonKeyAttributes("a", "b").build())
                        .build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byGpk")
                        .keySchema(key("gpk", "HASH"))
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                        .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(3L).writeCapacityUnits(4L).build())
                        .build())
                .provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(5L).writeCapacityUnits(6L).build())
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES))
                .tags(Tag.builder().key("team").value("storage").build())
                .tableClass("STANDARD")
                .deletionProtectionEnabled(false)));
    }

    private static dev.cairn.api.model.KeySchemaElement cairnKey(String name, String role) {
        return new dev.cairn.api.model.KeySchemaElement(name, role);
    }

    @Test
    void createTableHandsTheEngineEveryIndexStreamAndTagAsGiven() {
        createIndexedTable();

        assertThat(engine.last(dev.cairn.api.model.CreateTableRequest.class)).isEqualTo(new dev.cairn.api.model.CreateTableRequest(
                "orders",
                List.of(new dev.cairn.api.model.AttributeDefinition("pk", "S"), new dev.cairn.api.model.AttributeDefinition("sk", "N"),
                        new dev.cairn.api.model.AttributeDefinition("lsk", "S"), new dev.cairn.api.model.AttributeDefinition("gpk", "B")),
                List.of(cairnKey("pk", "HASH"), cairnKey("sk", "RANGE")),
                List.of(new dev.cairn.api.model.LocalSecondaryIndex("byLsk", List.of(cairnKey("pk", "HASH"), cairnKey("lsk", "RANGE")),
                        new dev.cairn.api.model.Projection("INCLUDE", List.of("a", "b")))),
                List.of(new dev.cairn.api.model.GlobalSecondaryIndex("byGpk", List.of(cairnKey("gpk", "HASH")),
                        new dev.cairn.api.model.Projection("KEYS_ONLY", null), new dev.cairn.api.model.ProvisionedThroughput(3L, 4L))),
                null,
                new dev.cairn.api.model.ProvisionedThroughput(5L, 6L),
                new dev.cairn.api.model.StreamSpecification(true, "NEW_AND_OLD_IMAGES"),
                List.of(new dev.cairn.api.model.Tag("team", "storage")),
                "STANDARD",
                false));
    }

    @Test
    void createTableAnswersWithTheFullDescriptionIncludingIndexes() {
        createIndexedTable().orAbort();

        TableDescription table = client.describeTable(b -> b.tableName("orders")).table();

        assertThat(table.tableName()).isEqualTo("orders");
        assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(table.keySchema()).containsExactly(key("pk", "HASH"), key("sk", "RANGE"));
        assertThat(table.attributeDefinitions()).contains(definition("gpk", "B"));
        assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(5L);
        assertThat(table.provisionedThroughput().writeCapacityUnits()).isEqualTo(6L);
        assertThat(table.tableArn()).endsWith(":table/orders");
        assertThat(table.creationDateTime()).isNotNull();
        assertThat(table.creationDateTime().truncatedTo(ChronoUnit.MILLIS)).isEqualTo(table.creationDateTime());
        assertThat(table.localSecondaryIndexes()).singleElement().satisfies(lsi -> {
            assertThat(lsi.indexName()).isEqualTo("byLsk");
            assertThat(lsi.keySchema()).containsExactly(key("pk", "HASH"), key("lsk", "RANGE"));
            assertThat(lsi.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
            assertThat(lsi.projection().nonKeyAttributes()).containsExactly("a", "b");
        });
        assertThat(table.globalSecondaryIndexes()).singleElement().satisfies(gsi -> {
            assertThat(gsi.indexName()).isEqualTo("byGpk");
            assertThat(gsi.indexStatusAsString()).isEqualTo("ACTIVE");
            assertThat(gsi.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY);
            assertThat(gsi.projection().hasNonKeyAttributes()).isFalse();
            assertThat(gsi.provisionedThroughput().readCapacityUnits()).isEqualTo(3L);
        });
    }

    @Test
    void aTableWithoutIndexesReportsTheIndexListsAsAbsent() {
        Tables.createKeyed(client, "plain");

        TableDescription table = client.describeTable(b -> b.tableName("plain")).table();

        assertThat(table.hasLocalSecondaryIndexes()).isFalse();
        assertThat(table.hasGlobalSecondaryIndexes()).isFalse();
        assertThat(table.billingModeSummary().billingModeAsString()).isEqualTo("PAY_PER_REQUEST");
    }

    @Test
    void listTablesAnswersNamesInOrderAndAnEmptyListWhenThereAreNone() {
        assertThat(client.listTables().hasTableNames()).isTrue();
        assertThat(client.listTables().tableNames()).isEmpty();

        Tables.createKeyed(client, "bbb");
        Tables.createKeyed(client, "aaa");

        var page = client.listTables(b -> b.limit(1));
        assertThat(page.tableNames()).containsExactly("aaa");
        assertThat(page.lastEvaluatedTableName()).isEqualTo("aaa");
        assertThat(client.listTables(b -> b.exclusiveStartTableName("aaa")).tableNames()).containsExactly("bbb");
    }

    @Test
    void updateTableSwitchesToProvisionedThroughput() {
        Tables.createKeyed(client, "orders");

        var updated = client.updateTable(b -> b.tableName("orders").billingMode("PROVISIONED")
                .provisionedThroughput(t -> t.readCapacityUnits(7L).writeCapacityUnits(8L)));

        assertThat(updated.tableDescription().tableName()).isEqualTo("orders");
        client.waiter().waitUntilTableExists(b -> b.tableName("orders"));
        TableDescription table = client.describeTable(b -> b.tableName("orders")).table();
        assertThat(table.billingModeSummary().billingModeAsString()).isEqualTo("PROVISIONED");
        assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(7L);
        assertThat(table.provisionedThroughput().writeCapacityUnits()).isEqualTo(8L);
    }

    @Test
    void updateTableHandsTheEngineIndexCreationsUpdatesAndDeletions() {
        Tables.createKeyed(client, "orders");

        // DynamoDB allows one index creation or deletion per call: the engine refuses this request,
        // after the converter has handed it over whole.
        assertThatThrownBy(() -> client.updateTable(b -> b.tableName("orders")
                .attributeDefinitions(definition("lsk", "S"))
                .globalSecondaryIndexUpdates(
                        GlobalSecondaryIndexUpdate.builder().create(c -> c.indexName("byLsk")
                                .keySchema(key("lsk", "HASH"))
                                .projection(p -> p.projectionType(ProjectionType.ALL))
                                .provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(2L))).build(),
                        GlobalSecondaryIndexUpdate.builder().update(u -> u.indexName("old")
                                .provisionedThroughput(t -> t.readCapacityUnits(3L).writeCapacityUnits(4L))).build(),
                        GlobalSecondaryIndexUpdate.builder().delete(d -> d.indexName("gone")).build())))
                .isInstanceOf(LimitExceededException.class);

        assertThat(engine.last(dev.cairn.api.model.UpdateTableRequest.class)).isEqualTo(new dev.cairn.api.model.UpdateTableRequest(
                "orders", List.of(new dev.cairn.api.model.AttributeDefinition("lsk", "S")), null, null,
                List.of(new dev.cairn.api.model.GlobalSecondaryIndexUpdate(new dev.cairn.api.model.GlobalSecondaryIndex("byLsk",
                                List.of(cairnKey("lsk", "HASH")), new dev.cairn.api.model.Projection("ALL", null),
                                new dev.cairn.api.model.ProvisionedThroughput(1L, 2L)), null, null),
                        new dev.cairn.api.model.GlobalSecondaryIndexUpdate(null, new dev.cairn.api.model.GlobalSecondaryIndexUpdate.Update(
                                "old", new dev.cairn.api.model.ProvisionedThroughput(3L, 4L)), null),
                        new dev.cairn.api.model.GlobalSecondaryIndexUpdate(null, null,
                                new dev.cairn.api.model.GlobalSecondaryIndexUpdate.Delete("gone"))),
                null, null, null));
    }

    @Test
    void deleteTableAnswersTheDescriptionAndTheTableIsGone() {
        Tables.createKeyed(client, "doomed");

        var deleted = client.deleteTable(b -> b.tableName("doomed"));

        assertThat(deleted.tableDescription().tableName()).isEqualTo("doomed");
        assertThat(client.listTables().tableNames()).isEmpty();
        assertThatThrownBy(() -> client.describeTable(b -> b.tableName("doomed"))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void theSdkWaiterSeesATableAppearAndDisappear() {
        Tables.createKeyed(client, "waited");

        var exists = client.waiter().waitUntilTableExists(b -> b.tableName("waited"));
        assertThat(exists.matched().response()).hasValueSatisfying(r -> assertThat(r.table().tableName()).isEqualTo("waited"));

        client.deleteTable(b -> b.tableName("waited"));
        var gone = client.waiter().waitUntilTableNotExists(b -> b.tableName("waited"));
        assertThat(gone.matched().exception()).hasValueSatisfying(e -> assertThat(e).isInstanceOf(ResourceNotFoundException.class));
    }

    @Test
    void theTableListPaginatorWalksEveryPage() {
        List<String> names = List.of("t01", "t02", "t03", "t04", "t05");
        names.forEach(name -> Tables.createKeyed(client, name));

        var pages = client.listTablesPaginator(b -> b.limit(2));

        assertThat(pages.stream().count()).isEqualTo(3);
        assertThat(pages.tableNames().stream()).containsExactlyElementsOf(names);
    }
}
