package dev.cairn.core.index;

import static dev.cairn.core.index.IndexFixture.createTable;
import static dev.cairn.core.index.IndexFixture.definition;
import static dev.cairn.core.index.IndexFixture.describe;
import static dev.cairn.core.index.IndexFixture.gsi;
import static dev.cairn.core.index.IndexFixture.keys;
import static dev.cairn.core.index.IndexFixture.lsi;
import static dev.cairn.core.index.IndexFixture.projection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.CreateTableRequest;
import dev.cairn.api.model.GlobalSecondaryIndex;
import dev.cairn.api.model.GlobalSecondaryIndexDescription;
import dev.cairn.api.model.LocalSecondaryIndex;
import dev.cairn.api.model.LocalSecondaryIndexDescription;
import dev.cairn.api.model.ProvisionedThroughput;
import dev.cairn.api.model.TableDescription;
import dev.cairn.core.CairnEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CreateTable's secondary index rules and DescribeTable's view of the indexes, with DynamoDB's messages. */
class SecondaryIndexDefinitionTest {

    private static final List<AttributeDefinition> FOUR = List.of(definition("pk", "S"), definition("sk", "S"),
            definition("l", "N"), definition("g", "S"));

    private static void assertRejected(CairnEngine engine, CreateTableRequest request, String message) {
        assertThatThrownBy(() -> engine.createTable(request)).isInstanceOf(ApiException.class).hasMessage(message);
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void localIndexesMustShareTheTablePartitionKeyAndHaveASortKey(boolean transactions) {
        try (CairnEngine engine = IndexFixture.engine(transactions)) {
            List<AttributeDefinition> three = List.of(definition("pk", "S"), definition("sk", "S"), definition("g", "S"));
            assertRejected(engine, createTable("idx_t", three,
                    List.of(new LocalSecondaryIndex("byG", keys("g", "sk"), projection("ALL"))), null),
                    "Local Secondary indices must have the same hash key as the main table");
            assertRejected(engine, createTable("idx_t", List.of(definition("pk", "S"), definition("sk", "S")),
                    List.of(new LocalSecondaryIndex("byPk", keys("pk", null), projection("ALL"))), null),
                    "Local secondary indices must have a range key");
            assertRejected(engine, new CreateTableRequest("idx_t", List.of(definition("pk", "S"), definition("l", "N")),
                    keys("pk", null), List.of(lsi("byL", "l", projection("ALL"))), null, "PAY_PER_REQUEST", null, null,
                    null, null, null),
                    "One or more parameter values were invalid: Table KeySchema does not have a range key, which is "
                            + "required when specifying a LocalSecondaryIndex");
            List<LocalSecondaryIndex> six = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                six.add(lsi("byL" + i, "l", projection("KEYS_ONLY")));
            }
            assertRejected(engine, createTable("idx_t", List.of(definition("pk", "S"), definition("sk", "S"),
                    definition("l", "N")), six, null), "Cannot have more than 5 local secondary indexes per table");
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void indexNamesAreUniqueAcrossBothKinds(boolean transactions) {
        try (CairnEngine engine = IndexFixture.engine(transactions)) {
            assertRejected(engine, createTable("idx_t", FOUR, List.of(lsi("same", "l", projection("ALL")),
                    lsi("same", "l", projection("ALL"))), List.of(gsi("other", "g", null, projection("ALL")))),
                    "One or more parameter values were invalid: Duplicate index name: same");
            assertRejected(engine, createTable("idx_t", FOUR, List.of(lsi("same", "l", projection("ALL"))),
                    List.of(gsi("same", "g", null, projection("ALL")))),
                    "One or more parameter values were invalid: Duplicate index name: same");
            assertRejected(engine, createTable("idx_t", FOUR, List.of(lsi("byL", "l", projection("ALL"))),
                    List.of(gsi("twice", "g", null, projection("ALL")), gsi("twice", "g", null, projection("ALL")))),
                    "One or more parameter values were invalid: Duplicate index name: twice");
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void projectionsFollowDynamoDbRules(boolean transactions) {
        try (CairnEngine engine = IndexFixture.engine(transactions)) {
            List<AttributeDefinition> three = List.of(definition("pk", "S"), definition("sk", "S"), definition("g", "S"));
            assertRejected(engine, createTable("idx_t", three, null, List.of(gsi("byG", "g", null, projection("INCLUDE")))),
                    "If Projection type INCLUDE is specified, some non-key attributes to include in the projection "
                            + "must be specified as well");
            assertRejected(engine, createTable("idx_t", three, null,
                    List.of(gsi("byG", "g", null, projection("ALL", "a")))),
                    "One or more parameter values were invalid: ProjectionType is ALL, but NonKeyAttributes is specified");
            assertRejected(engine, createTable("idx_t", three, null, List.of(gsi("byG", "g", null, null))),
                    "1 validation error detected: Value null at 'globalSecondaryIndexes.1.member.projection' failed "
                            + "to satisfy constraint: Member must not be null");
            assertRejected(engine, createTable("idx_t", three, null,
                    List.of(gsi("byG", "g", null, projection("INCLUDE", "a", "a")))),
                    "Cannot have two attributes with the same name");
            List<GlobalSecondaryIndex> six = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String[] names = new String[20];
                for (int j = 0; j < 20; j++) {
                    names[j] = "a" + i + "_" + j;
                }
                six.add(gsi("byG" + i, "g", null, projection("INCLUDE", names)));
            }
            assertRejected(engine, createTable("idx_t", three, null, six), "One or more parameter values were invalid: "
                    + "Number of projected attributes in all indexes exceeds limit of 100, provided: 120");
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void attributeDefinitionsMustCoverExactlyTheKeys(boolean transactions) {
        try (CairnEngine engine = IndexFixture.engine(transactions)) {
            assertRejected(engine, createTable("idx_t", FOUR, List.of(lsi("byL", "l", projection("ALL"))), null),
                    "One or more parameter values were invalid: Number of attributes in KeySchema does not exactly "
                            + "match number of attributes defined in AttributeDefinitions");
            assertRejected(engine, createTable("idx_t", FOUR, null, List.of(gsi("byZ", "g", "zz", projection("ALL")))),
                    "One or more parameter values were invalid: Some index key attributes are not defined in "
                            + "AttributeDefinitions. Keys: [g, zz], AttributeDefinitions: [pk, sk, l, g]");
            assertRejected(engine, createTable("idx_t", FOUR, null, List.of(new GlobalSecondaryIndex("byG",
                    List.of(new dev.cairn.api.model.KeySchemaElement("g", "RANGE")), projection("ALL"), null))),
                    "No Hash Key specified in schema.  All Dynamo DB tables must have exactly one hash key");
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void globalIndexThroughputFollowsTheBillingMode(boolean transactions) {
        try (CairnEngine engine = IndexFixture.engine(transactions)) {
            List<AttributeDefinition> three = List.of(definition("pk", "S"), definition("sk", "S"), definition("g", "S"));
            ProvisionedThroughput one = new ProvisionedThroughput(1L, 1L);
            assertRejected(engine, createTable("idx_t", three, null,
                    List.of(new GlobalSecondaryIndex("byG", keys("g", null), projection("ALL"), one))),
                    "One or more parameter values were invalid: ProvisionedThroughput should not be specified for "
                            + "index: byG when BillingMode is PAY_PER_REQUEST");
            assertRejected(engine, new CreateTableRequest("idx_t", three, keys("pk", "sk"), null,
                    List.of(gsi("byG", "g", null, projection("ALL"))), null, one, null, null, null, null),
                    "No provisioned throughput specified for the global secondary index");
            assertRejected(engine, new CreateTableRequest("idx_t", three, keys("pk", "sk"), null,
                    List.of(new GlobalSecondaryIndex("byG", keys("g", null), projection("ALL"),
                            new ProvisionedThroughput(0L, 1L))), null, one, null, null, null, null),
                    "Global Secondary Index's read and write throughput must be at least 1, and cannot be null");
            assertRejected(engine, createTable("idx_t", three, null, List.of()), "GSI list is empty/invalid");
        }
    }

    @ParameterizedTest(name = "multiPartitionTransactions={0}")
    @ValueSource(booleans = {true, false})
    void describeTableReportsBothKindsOfIndex(boolean transactions) {
        try (CairnEngine engine = IndexFixture.engine(transactions)) {
            engine.createTable(new CreateTableRequest("idx_d", FOUR, keys("pk", "sk"),
                    List.of(lsi("byL", "l", projection("INCLUDE", "x"))),
                    List.of(new GlobalSecondaryIndex("byG", keys("g", "l"), projection("KEYS_ONLY"),
                            new ProvisionedThroughput(3L, 4L))),
                    "PROVISIONED", new ProvisionedThroughput(5L, 5L), null, null, null, null));
            IndexFixture.put(engine, "idx_d", IndexFixture.item("pk", "a", "sk", "1", "l", 1, "g", "G", "x", "x", "y", "y"));
            IndexFixture.put(engine, "idx_d", IndexFixture.item("pk", "a", "sk", "2", "y", "sparse"));
            TableDescription table = describe(engine, "idx_d");
            String arn = table.tableArn();
            LocalSecondaryIndexDescription local = table.localSecondaryIndexes().get(0);
            assertThat(local.indexName()).isEqualTo("byL");
            assertThat(local.keySchema()).isEqualTo(keys("pk", "l"));
            assertThat(local.projection()).isEqualTo(projection("INCLUDE", "x"));
            assertThat(local.itemCount()).isEqualTo(1);
            assertThat(local.indexSizeBytes()).isPositive();
            assertThat(local.indexArn()).isEqualTo(arn + "/index/byL");
            GlobalSecondaryIndexDescription global = table.globalSecondaryIndexes().get(0);
            assertThat(global.indexName()).isEqualTo("byG");
            assertThat(global.keySchema()).isEqualTo(keys("g", "l"));
            assertThat(global.indexStatus()).isEqualTo("ACTIVE");
            assertThat(global.backfilling()).isNull();
            assertThat(global.provisionedThroughput().readCapacityUnits()).isEqualTo(3);
            assertThat(global.provisionedThroughput().writeCapacityUnits()).isEqualTo(4);
            assertThat(global.indexArn()).isEqualTo(arn + "/index/byG");
            if (!transactions) {
                try {
                    IndexFixture.awaitPropagation(engine);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
            assertThat(describe(engine, "idx_d").globalSecondaryIndexes().get(0).itemCount()).isEqualTo(1);
        }
    }
}
