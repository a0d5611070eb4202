package dev.cairn.tck.api;

import static dev.cairn.tck.api.ApiErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsDescription;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsStatus;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.Endpoint;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The control-plane calls tools make besides table and item operations: DescribeEndpoints,
 * DescribeLimits, DescribeContinuousBackups, TableId, and DeleteTable's answer. Tagging is in
 * {@link TaggingSuite}.
 */
public abstract class ControlPlaneSuite extends ApiSuite {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** One endpoint, cacheable for 1440 minutes (scylladb test/alternator/test_describe_endpoints.py). */
    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers DescribeEndpoints with UnknownOperationException")
    void describeEndpointsAnswersOneEndpointCachedForADay() {
        List<Endpoint> endpoints = client.describeEndpoints(r -> { }).endpoints();

        assertThat(endpoints).hasSize(1);
        assertThat(endpoints.get(0).cachePeriodInMinutes()).isEqualTo(1440L);
        assertThat(endpoints.get(0).address()).isNotBlank().doesNotContain("://");
        URI endpoint = endpointOverride();
        if (endpoint != null) {
            assertThat(endpoints.get(0).address()).isEqualTo(endpoint.getAuthority());
        }
    }

    /** The endpoint the client was pointed at; null for an in-process client, which has none. */
    private URI endpointOverride() {
        try {
            return client.serviceClientConfiguration().endpointOverride().orElse(null);
        } catch (UnsupportedOperationException inProcess) {
            return null;
        }
    }

    /** DynamoDB's default quotas (AWS "Service, account, and table quotas in Amazon DynamoDB"). */
    @Test
    void describeLimitsAnswersDynamoDbsDefaultQuotas() {
        DescribeLimitsResponse limits = client.describeLimits(r -> { });

        assertThat(limits.accountMaxReadCapacityUnits()).isEqualTo(80_000L);
        assertThat(limits.accountMaxWriteCapacityUnits()).isEqualTo(80_000L);
        assertThat(limits.tableMaxReadCapacityUnits()).isEqualTo(40_000L);
        assertThat(limits.tableMaxWriteCapacityUnits()).isEqualTo(40_000L);
    }

    /** DynamoDB backs up every table continuously; point-in-time recovery is off until enabled. */
    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers DescribeContinuousBackups with UnknownOperationException")
    void describeContinuousBackupsReportsPointInTimeRecoveryDisabled() {
        String table = hashTable();

        ContinuousBackupsDescription backups =
                client.describeContinuousBackups(r -> r.tableName(table)).continuousBackupsDescription();

        assertThat(backups.continuousBackupsStatus()).isEqualTo(ContinuousBackupsStatus.ENABLED);
        assertThat(backups.pointInTimeRecoveryDescription().pointInTimeRecoveryStatus())
                .isEqualTo(PointInTimeRecoveryStatus.DISABLED);
    }

    /** Wording: moto responses.py describe_continuous_backups. */
    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local answers DescribeContinuousBackups with UnknownOperationException")
    void describeContinuousBackupsOfAMissingTableIsTableNotFound() {
        String table = uniqueTableName();

        assertError(TableNotFoundException.class, "TableNotFoundException", "Table not found: " + table,
                () -> client.describeContinuousBackups(r -> r.tableName(table)));
    }

    /** scylladb test/alternator/test_table.py test_delete_table_description checks this shape. */
    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local's table descriptions carry no TableId")
    void tableIdIsAUuidThatStaysTheSame() {
        String table = hashTable();

        String first = client.describeTable(r -> r.tableName(table)).table().tableId();
        String second = client.describeTable(r -> r.tableName(table)).table().tableId();

        assertThat(first).matches(UUID).isEqualTo(second);
    }

    /** scylladb test/alternator/test_table.py test_delete_table_description, run against DynamoDB. */
    @Test
    @DynamoDbLocalDiffers(reason = "DynamoDB Local's DeleteTable answers status ACTIVE and the whole description, "
            + "with KeySchema, AttributeDefinitions and CreationDateTime, and no TableId")
    void deleteTableDescriptionLeavesOutTheSchema() {
        String table = hashTable();
        String tableId = client.describeTable(r -> r.tableName(table)).table().tableId();

        TableDescription deleted = client.deleteTable(r -> r.tableName(table)).tableDescription();

        assertThat(deleted.tableName()).isEqualTo(table);
        assertThat(deleted.tableStatus()).isEqualTo(TableStatus.DELETING);
        assertThat(deleted.tableId()).isEqualTo(tableId);
        assertThat(deleted.tableArn()).startsWith("arn:").endsWith(":table/" + table);
        assertThat(deleted.creationDateTime()).isNull();
        assertThat(deleted.hasKeySchema()).isFalse();
        assertThat(deleted.hasAttributeDefinitions()).isFalse();
        assertThat(deleted.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(deleted.billingModeSummary().lastUpdateToPayPerRequestDateTime()).isNotNull();
        assertThat(deleted.provisionedThroughput().numberOfDecreasesToday()).isZero();
        assertThat(deleted.provisionedThroughput().readCapacityUnits()).isZero();
        assertThat(deleted.provisionedThroughput().writeCapacityUnits()).isZero();
    }

    /** scylladb test/alternator/test_table.py test_delete_table_description_with_si, run against DynamoDB. */
    @Test
    @Requires(Capability.SECONDARY_INDEXES)
    @DynamoDbLocalDiffers(reason = "DynamoDB Local's DeleteTable answers the key schema and the indexes too")
    void deleteTableDescriptionLeavesOutTheIndexes() {
        Projection all = Projection.builder().projectionType(ProjectionType.ALL).build();
        String table = createTable(CreateTableRequest.builder().tableName(uniqueTableName())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(key("p", KeyType.HASH), key("c", KeyType.RANGE))
                .attributeDefinitions(attribute("p", ScalarAttributeType.S), attribute("c", ScalarAttributeType.S),
                        attribute("x", ScalarAttributeType.S))
                .globalSecondaryIndexes(g -> g.indexName("hello").keySchema(key("x", KeyType.HASH)).projection(all))
                .localSecondaryIndexes(l -> l.indexName("hithere").keySchema(key("p", KeyType.HASH),
                        key("x", KeyType.RANGE)).projection(all))
                .build());
        TableDescription described = client.describeTable(r -> r.tableName(table)).table();

        TableDescription deleted = client.deleteTable(r -> r.tableName(table)).tableDescription();

        assertThat(described.hasGlobalSecondaryIndexes()).isTrue();
        assertThat(described.hasLocalSecondaryIndexes()).isTrue();
        assertThat(deleted.hasGlobalSecondaryIndexes()).isFalse();
        assertThat(deleted.hasLocalSecondaryIndexes()).isFalse();
        assertThat(deleted.hasKeySchema()).isFalse();
    }
}
