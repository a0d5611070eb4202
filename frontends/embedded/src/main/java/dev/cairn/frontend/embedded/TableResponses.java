package dev.cairn.frontend.embedded;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.BillingModeSummary;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableResponse;

/**
 * Control-plane answers, Cairn to SDK. Timestamps are cut to milliseconds because that is all the
 * wire carries (epoch seconds with three decimals): a client sees the same instant either way.
 */
final class TableResponses {

    private TableResponses() {}

    static CreateTableResponse toSdk(dev.cairn.api.model.CreateTableResponse r) {
        return CreateTableResponse.builder().tableDescription(toSdk(r.tableDescription())).build();
    }

    static DescribeTableResponse toSdk(dev.cairn.api.model.DescribeTableResponse r) {
        return DescribeTableResponse.builder().table(toSdk(r.table())).build();
    }

    /** TableNames is always present, as DynamoDB always sends it ({@code []} when there are none). */
    static ListTablesResponse toSdk(dev.cairn.api.model.ListTablesResponse r) {
        return ListTablesResponse.builder().tableNames(r.tableNames() == null ? List.of() : r.tableNames())
                .lastEvaluatedTableName(r.lastEvaluatedTableName()).build();
    }

    static DeleteTableResponse toSdk(dev.cairn.api.model.DeleteTableResponse r) {
        return DeleteTableResponse.builder().tableDescription(toSdk(r.tableDescription())).build();
    }

    static UpdateTableResponse toSdk(dev.cairn.api.model.UpdateTableResponse r) {
        return UpdateTableResponse.builder().tableDescription(toSdk(r.tableDescription())).build();
    }

    static TableDescription toSdk(dev.cairn.api.model.TableDescription t) {
        if (t == null) {
            return null;
        }
        return TableDescription.builder()
                .tableName(t.tableName())
                .tableArn(t.tableArn())
                .tableId(t.tableId())
                .tableStatus(t.tableStatus())
                .creationDateTime(asOnWire(t.creationDateTime()))
                .attributeDefinitions(Absent.list(t.attributeDefinitions(), TableShapes::toSdk))
                .keySchema(Absent.list(t.keySchema(), TableShapes::toSdk))
                .itemCount(t.itemCount())
                .tableSizeBytes(t.tableSizeBytes())
                .billingModeSummary(toSdk(t.billingModeSummary()))
                .provisionedThroughput(toSdk(t.provisionedThroughput()))
                .localSecondaryIndexes(Absent.list(t.localSecondaryIndexes(), TableResponses::toSdk))
                .globalSecondaryIndexes(Absent.list(t.globalSecondaryIndexes(), TableResponses::toSdk))
                .streamSpecification(TableShapes.toSdk(t.streamSpecification()))
                .latestStreamArn(t.latestStreamArn())
                .latestStreamLabel(t.latestStreamLabel())
                .deletionProtectionEnabled(t.deletionProtectionEnabled())
                .build();
    }

    private static BillingModeSummary toSdk(dev.cairn.api.model.BillingModeSummary b) {
        return b == null ? null : BillingModeSummary.builder().billingMode(b.billingMode())
                .lastUpdateToPayPerRequestDateTime(asOnWire(b.lastUpdateToPayPerRequestDateTime())).build();
    }

    private static ProvisionedThroughputDescription toSdk(dev.cairn.api.model.ProvisionedThroughputDescription p) {
        return p == null ? null : ProvisionedThroughputDescription.builder()
                .lastIncreaseDateTime(asOnWire(p.lastIncreaseDateTime()))
                .lastDecreaseDateTime(asOnWire(p.lastDecreaseDateTime()))
                .numberOfDecreasesToday(p.numberOfDecreasesToday())
                .readCapacityUnits(p.readCapacityUnits())
                .writeCapacityUnits(p.writeCapacityUnits())
                .build();
    }

    private static LocalSecondaryIndexDescription toSdk(dev.cairn.api.model.LocalSecondaryIndexDescription i) {
        return LocalSecondaryIndexDescription.builder()
                .indexName(i.indexName())
                .keySchema(Absent.list(i.keySchema(), TableShapes::toSdk))
                .projection(TableShapes.toSdk(i.projection()))
                .indexSizeBytes(i.indexSizeBytes())
                .itemCount(i.itemCount())
                .indexArn(i.indexArn())
                .build();
    }

    private static GlobalSecondaryIndexDescription toSdk(dev.cairn.api.model.GlobalSecondaryIndexDescription i) {
        return GlobalSecondaryIndexDescription.builder()
                .indexName(i.indexName())
                .keySchema(Absent.list(i.keySchema(), TableShapes::toSdk))
                .projection(TableShapes.toSdk(i.projection()))
                .indexStatus(i.indexStatus())
                .backfilling(i.backfilling())
                .provisionedThroughput(toSdk(i.provisionedThroughput()))
                .indexSizeBytes(i.indexSizeBytes())
                .itemCount(i.itemCount())
                .indexArn(i.indexArn())
                .build();
    }

    private static Instant asOnWire(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
