package dev.cairn.frontend.embedded;

import dev.cairn.api.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * Control-plane requests, SDK to Cairn. Members Cairn's model does not carry (SSE, replicas,
 * on-demand and warm throughput, resource policies) are dropped, as the HTTP front end ignores
 * members it does not read.
 */
final class TableRequests {

    private TableRequests() {}

    static dev.cairn.api.model.CreateTableRequest toCairn(CreateTableRequest r) {
        return new dev.cairn.api.model.CreateTableRequest(r.tableName(),
                Absent.list(r.hasAttributeDefinitions(), r.attributeDefinitions(), TableShapes::toCairn),
                Absent.list(r.hasKeySchema(), r.keySchema(), TableShapes::toCairn),
                Absent.list(r.hasLocalSecondaryIndexes(), r.localSecondaryIndexes(), TableRequests::toCairn),
                Absent.list(r.hasGlobalSecondaryIndexes(), r.globalSecondaryIndexes(), TableRequests::toCairn),
                r.billingModeAsString(), TableShapes.toCairn(r.provisionedThroughput()),
                TableShapes.toCairn(r.streamSpecification()),
                Absent.list(r.hasTags(), r.tags(), TableRequests::toCairn),
                r.tableClassAsString(), r.deletionProtectionEnabled());
    }

    static dev.cairn.api.model.DescribeTableRequest toCairn(DescribeTableRequest r) {
        return new dev.cairn.api.model.DescribeTableRequest(r.tableName());
    }

    static dev.cairn.api.model.ListTablesRequest toCairn(ListTablesRequest r) {
        return new dev.cairn.api.model.ListTablesRequest(r.exclusiveStartTableName(), r.limit());
    }

    static dev.cairn.api.model.DeleteTableRequest toCairn(DeleteTableRequest r) {
        return new dev.cairn.api.model.DeleteTableRequest(r.tableName());
    }

    static dev.cairn.api.model.UpdateTableRequest toCairn(UpdateTableRequest r) {
        return new dev.cairn.api.model.UpdateTableRequest(r.tableName(),
                Absent.list(r.hasAttributeDefinitions(), r.attributeDefinitions(), TableShapes::toCairn),
                r.billingModeAsString(), TableShapes.toCairn(r.provisionedThroughput()),
                Absent.list(r.hasGlobalSecondaryIndexUpdates(), r.globalSecondaryIndexUpdates(), TableRequests::toCairn),
                TableShapes.toCairn(r.streamSpecification()), r.tableClassAsString(), r.deletionProtectionEnabled());
    }

    private static dev.cairn.api.model.LocalSecondaryIndex toCairn(LocalSecondaryIndex i) {
        return new dev.cairn.api.model.LocalSecondaryIndex(i.indexName(),
                Absent.list(i.hasKeySchema(), i.keySchema(), TableShapes::toCairn), TableShapes.toCairn(i.projection()));
    }

    private static dev.cairn.api.model.GlobalSecondaryIndex toCairn(GlobalSecondaryIndex i) {
        return new dev.cairn.api.model.GlobalSecondaryIndex(i.indexName(),
                Absent.list(i.hasKeySchema(), i.keySchema(), TableShapes::toCairn), TableShapes.toCairn(i.projection()),
                TableShapes.toCairn(i.provisionedThroughput()));
    }

    private static dev.cairn.api.model.GlobalSecondaryIndex toCairn(CreateGlobalSecondaryIndexAction i) {
        return new dev.cairn.api.model.GlobalSecondaryIndex(i.indexName(),
                Absent.list(i.hasKeySchema(), i.keySchema(), TableShapes::toCairn), TableShapes.toCairn(i.projection()),
                TableShapes.toCairn(i.provisionedThroughput()));
    }

    private static GlobalSecondaryIndexUpdate toCairn(software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate u) {
        return new GlobalSecondaryIndexUpdate(
                u.create() == null ? null : toCairn(u.create()),
                u.update() == null ? null : new GlobalSecondaryIndexUpdate.Update(u.update().indexName(),
                        TableShapes.toCairn(u.update().provisionedThroughput())),
                u.delete() == null ? null : new GlobalSecondaryIndexUpdate.Delete(u.delete().indexName()));
    }

    private static dev.cairn.api.model.Tag toCairn(Tag t) {
        return new dev.cairn.api.model.Tag(t.key(), t.value());
    }
}
