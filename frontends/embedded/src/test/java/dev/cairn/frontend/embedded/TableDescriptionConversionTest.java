package dev.cairn.frontend.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.BillingModeSummary;
import dev.cairn.api.model.GlobalSecondaryIndexDescription;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.LocalSecondaryIndexDescription;
import dev.cairn.api.model.Projection;
import dev.cairn.api.model.ProvisionedThroughputDescription;
import dev.cairn.api.model.StreamSpecification;
import dev.cairn.api.model.TableDescription;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The description of a table with indexes, converted field by field. The engine cannot build such
 * a table yet, so this pins the converter directly on the record core would answer.
 */
class TableDescriptionConversionTest {

    private static final Instant CREATED = Instant.parse("2025-01-02T03:04:05.678912Z");

    @Test
    void everyFieldOfATableDescriptionWithIndexesReachesTheSdk() {
        var keys = List.of(new KeySchemaElement("pk", "HASH"), new KeySchemaElement("sk", "RANGE"));
        var throughput = new ProvisionedThroughputDescription(CREATED, null, 2L, 5L, 6L);
        var description = new TableDescription("orders", "arn:aws:dynamodb:ddblocal:000000000000:table/orders", "id-1",
                "ACTIVE", CREATED, List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("sk", "N")), keys,
                7L, 800L, new BillingModeSummary("PROVISIONED", null), throughput,
                List.of(new LocalSecondaryIndexDescription("byLsk", keys, new Projection("INCLUDE", List.of("a")), 10L, 1L, "arn:lsi")),
                List.of(new GlobalSecondaryIndexDescription("byGpk", keys, new Projection("KEYS_ONLY", null), "CREATING", true,
                        throughput, 20L, 2L, "arn:gsi")),
                new StreamSpecification(true, "KEYS_ONLY"), "arn:stream", "label", true);

        var sdk = TableResponses.toSdk(description);

        assertThat(sdk.tableName()).isEqualTo("orders");
        assertThat(sdk.tableId()).isEqualTo("id-1");
        assertThat(sdk.creationDateTime()).isEqualTo(Instant.parse("2025-01-02T03:04:05.678Z"));
        assertThat(sdk.itemCount()).isEqualTo(7L);
        assertThat(sdk.tableSizeBytes()).isEqualTo(800L);
        assertThat(sdk.billingModeSummary().billingModeAsString()).isEqualTo("PROVISIONED");
        assertThat(sdk.billingModeSummary().lastUpdateToPayPerRequestDateTime()).isNull();
        assertThat(sdk.provisionedThroughput().numberOfDecreasesToday()).isEqualTo(2L);
        assertThat(sdk.provisionedThroughput().lastIncreaseDateTime()).isEqualTo(Instant.parse("2025-01-02T03:04:05.678Z"));
        assertThat(sdk.provisionedThroughput().lastDecreaseDateTime()).isNull();
        assertThat(sdk.localSecondaryIndexes()).singleElement().satisfies(lsi -> {
            assertThat(lsi.indexName()).isEqualTo("byLsk");
            assertThat(lsi.keySchema()).containsExactly(Tables.key("pk", "HASH"), Tables.key("sk", "RANGE"));
            assertThat(lsi.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
            assertThat(lsi.projection().nonKeyAttributes()).containsExactly("a");
            assertThat(lsi.indexSizeBytes()).isEqualTo(10L);
            assertThat(lsi.itemCount()).isEqualTo(1L);
            assertThat(lsi.indexArn()).isEqualTo("arn:lsi");
        });
        assertThat(sdk.globalSecondaryIndexes()).singleElement().satisfies(gsi -> {
            assertThat(gsi.indexStatus()).isEqualTo(IndexStatus.CREATING);
            assertThat(gsi.backfilling()).isTrue();
            assertThat(gsi.projection().hasNonKeyAttributes()).isFalse();
            assertThat(gsi.provisionedThroughput().readCapacityUnits()).isEqualTo(5L);
            assertThat(gsi.indexSizeBytes()).isEqualTo(20L);
        });
        assertThat(sdk.streamSpecification().streamViewType()).isEqualTo(StreamViewType.KEYS_ONLY);
        assertThat(sdk.latestStreamArn()).isEqualTo("arn:stream");
        assertThat(sdk.latestStreamLabel()).isEqualTo("label");
        assertThat(sdk.deletionProtectionEnabled()).isTrue();
    }
}
