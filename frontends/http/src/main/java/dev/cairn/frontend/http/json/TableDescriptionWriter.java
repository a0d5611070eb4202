package dev.cairn.frontend.http.json;

import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.BillingModeSummary;
import dev.cairn.api.model.GlobalSecondaryIndexDescription;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.LocalSecondaryIndexDescription;
import dev.cairn.api.model.Projection;
import dev.cairn.api.model.ProvisionedThroughputDescription;
import dev.cairn.api.model.StreamSpecification;
import dev.cairn.api.model.TableDescription;

/**
 * Writes a TableDescription in the member order DynamoDB uses (order is not significant to
 * clients, but it keeps byte-for-byte comparisons with DynamoDB Local readable).
 */
public final class TableDescriptionWriter {

    private TableDescriptionWriter() {}

    public static void tableDescription(JsonOut out, TableDescription t) {
        out.list("AttributeDefinitions", t.attributeDefinitions(), TableDescriptionWriter::attributeDefinition);
        out.string("TableName", t.tableName());
        out.list("KeySchema", t.keySchema(), TableDescriptionWriter::keySchemaElement);
        out.string("TableStatus", t.tableStatus());
        out.date("CreationDateTime", t.creationDateTime());
        out.object("ProvisionedThroughput", t.provisionedThroughput(), TableDescriptionWriter::throughput);
        out.number("TableSizeBytes", t.tableSizeBytes());
        out.number("ItemCount", t.itemCount());
        out.string("TableArn", t.tableArn());
        out.string("TableId", t.tableId());
        out.object("BillingModeSummary", t.billingModeSummary(), TableDescriptionWriter::billingModeSummary);
        out.list("LocalSecondaryIndexes", t.localSecondaryIndexes(), TableDescriptionWriter::localIndex);
        out.list("GlobalSecondaryIndexes", t.globalSecondaryIndexes(), TableDescriptionWriter::globalIndex);
        out.object("StreamSpecification", t.streamSpecification(), TableDescriptionWriter::streamSpecification);
        out.string("LatestStreamLabel", t.latestStreamLabel());
        out.string("LatestStreamArn", t.latestStreamArn());
        out.bool("DeletionProtectionEnabled", t.deletionProtectionEnabled());
    }

    private static void attributeDefinition(JsonOut out, AttributeDefinition d) {
        out.object(d, (o, v) -> {
            o.string("AttributeName", v.attributeName());
            o.string("AttributeType", v.attributeType());
        });
    }

    private static void keySchemaElement(JsonOut out, KeySchemaElement e) {
        out.object(e, (o, v) -> {
            o.string("AttributeName", v.attributeName());
            o.string("KeyType", v.keyType());
        });
    }

    private static void throughput(JsonOut out, ProvisionedThroughputDescription p) {
        out.date("LastIncreaseDateTime", p.lastIncreaseDateTime());
        out.date("LastDecreaseDateTime", p.lastDecreaseDateTime());
        out.number("NumberOfDecreasesToday", p.numberOfDecreasesToday());
        out.number("ReadCapacityUnits", p.readCapacityUnits());
        out.number("WriteCapacityUnits", p.writeCapacityUnits());
    }

    private static void billingModeSummary(JsonOut out, BillingModeSummary b) {
        out.string("BillingMode", b.billingMode());
        out.date("LastUpdateToPayPerRequestDateTime", b.lastUpdateToPayPerRequestDateTime());
    }

    private static void projection(JsonOut out, Projection p) {
        out.string("ProjectionType", p.projectionType());
        out.list("NonKeyAttributes", p.nonKeyAttributes(), JsonOut::string);
    }

    private static void localIndex(JsonOut out, LocalSecondaryIndexDescription i) {
        out.object(i, (o, v) -> {
            o.string("IndexName", v.indexName());
            o.list("KeySchema", v.keySchema(), TableDescriptionWriter::keySchemaElement);
            o.object("Projection", v.projection(), TableDescriptionWriter::projection);
            o.number("IndexSizeBytes", v.indexSizeBytes());
            o.number("ItemCount", v.itemCount());
            o.string("IndexArn", v.indexArn());
        });
    }

    private static void globalIndex(JsonOut out, GlobalSecondaryIndexDescription i) {
        out.object(i, (o, v) -> {
            o.string("IndexName", v.indexName());
            o.list("KeySchema", v.keySchema(), TableDescriptionWriter::keySchemaElement);
            o.object("Projection", v.projection(), TableDescriptionWriter::projection);
            o.string("IndexStatus", v.indexStatus());
            o.bool("Backfilling", v.backfilling());
            o.object("ProvisionedThroughput", v.provisionedThroughput(), TableDescriptionWriter::throughput);
            o.number("IndexSizeBytes", v.indexSizeBytes());
            o.number("ItemCount", v.itemCount());
            o.string("IndexArn", v.indexArn());
        });
    }

    private static void streamSpecification(JsonOut out, StreamSpecification s) {
        out.bool("StreamEnabled", s.streamEnabled());
        out.string("StreamViewType", s.streamViewType());
    }
}
