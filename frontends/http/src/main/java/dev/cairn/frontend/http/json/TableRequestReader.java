package dev.cairn.frontend.http.json;

import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.CreateTableRequest;
import dev.cairn.api.model.DeleteTableRequest;
import dev.cairn.api.model.DescribeTableRequest;
import dev.cairn.api.model.GlobalSecondaryIndex;
import dev.cairn.api.model.GlobalSecondaryIndexUpdate;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.ListTablesRequest;
import dev.cairn.api.model.LocalSecondaryIndex;
import dev.cairn.api.model.Projection;
import dev.cairn.api.model.ProvisionedThroughput;
import dev.cairn.api.model.StreamSpecification;
import dev.cairn.api.model.UpdateTableRequest;

/** Reads the control-plane requests: CreateTable, DescribeTable, ListTables, DeleteTable, UpdateTable. */
public final class TableRequestReader {

    private static final Schema ATTRIBUTE_DEFINITION = Schema.builder()
            .member("AttributeName", WireReader::string)
            .member("AttributeType", WireReader::string)
            .build();
    private static final Schema KEY_SCHEMA_ELEMENT = Schema.builder()
            .member("AttributeName", WireReader::string)
            .member("KeyType", WireReader::string)
            .build();
    private static final Schema PROJECTION = Schema.builder()
            .member("ProjectionType", WireReader::string)
            .member("NonKeyAttributes", r -> r.list(WireReader::string))
            .build();
    private static final Schema PROVISIONED_THROUGHPUT = Schema.builder()
            .member("ReadCapacityUnits", WireReader::longValue)
            .member("WriteCapacityUnits", WireReader::longValue)
            .build();
    private static final Schema STREAM_SPECIFICATION = Schema.builder()
            .member("StreamEnabled", WireReader::bool)
            .member("StreamViewType", WireReader::string)
            .build();
    private static final Schema LOCAL_SECONDARY_INDEX = Schema.builder()
            .member("IndexName", WireReader::string)
            .member("KeySchema", TableRequestReader::keySchema)
            .member("Projection", TableRequestReader::projection)
            .build();
    private static final Schema GLOBAL_SECONDARY_INDEX = Schema.builder()
            .member("IndexName", WireReader::string)
            .member("KeySchema", TableRequestReader::keySchema)
            .member("Projection", TableRequestReader::projection)
            .member("ProvisionedThroughput", TableRequestReader::provisionedThroughput)
            .build();
    private static final Schema GSI_UPDATE_ACTION = Schema.builder()
            .member("IndexName", WireReader::string)
            .member("ProvisionedThroughput", TableRequestReader::provisionedThroughput)
            .build();
    private static final Schema GSI_UPDATE = Schema.builder()
            .member("Create", r -> r.struct(GLOBAL_SECONDARY_INDEX, TableRequestReader::globalSecondaryIndex))
            .member("Update", r -> r.struct(GSI_UPDATE_ACTION, m -> new GlobalSecondaryIndexUpdate.Update(
                    m.get("IndexName"), m.get("ProvisionedThroughput"))))
            .member("Delete", r -> r.struct(GSI_UPDATE_ACTION, m -> new GlobalSecondaryIndexUpdate.Delete(
                    m.get("IndexName"))))
            .build();

    private static final Schema TABLE_NAME_ONLY = Schema.builder()
            .member("TableName", WireReader::string)
            .build();
    private static final Schema CREATE_TABLE = Schema.builder()
            .member("TableName", WireReader::string)
            .member("AttributeDefinitions", TableRequestReader::attributeDefinitions)
            .member("KeySchema", TableRequestReader::keySchema)
            .member("LocalSecondaryIndexes", r -> r.list(e -> e.struct(LOCAL_SECONDARY_INDEX, m ->
                    new LocalSecondaryIndex(m.get("IndexName"), m.get("KeySchema"), m.get("Projection")))))
            .member("GlobalSecondaryIndexes", r -> r.list(e -> e.struct(GLOBAL_SECONDARY_INDEX,
                    TableRequestReader::globalSecondaryIndex)))
            .member("BillingMode", WireReader::string)
            .member("ProvisionedThroughput", TableRequestReader::provisionedThroughput)
            .member("StreamSpecification", TableRequestReader::streamSpecification)
            .member("Tags", ControlPlaneRequestReader::tags)
            .member("TableClass", WireReader::string)
            .member("DeletionProtectionEnabled", WireReader::bool)
            .build();
    private static final Schema LIST_TABLES = Schema.builder()
            .member("ExclusiveStartTableName", WireReader::string)
            .member("Limit", WireReader::integer)
            .build();
    private static final Schema UPDATE_TABLE = Schema.builder()
            .member("TableName", WireReader::string)
            .member("AttributeDefinitions", TableRequestReader::attributeDefinitions)
            .member("BillingMode", WireReader::string)
            .member("ProvisionedThroughput", TableRequestReader::provisionedThroughput)
            .member("GlobalSecondaryIndexUpdates", r -> r.list(e -> e.struct(GSI_UPDATE, m ->
                    new GlobalSecondaryIndexUpdate(m.get("Create"), m.get("Update"), m.get("Delete")))))
            .member("StreamSpecification", TableRequestReader::streamSpecification)
            .member("TableClass", WireReader::string)
            .member("DeletionProtectionEnabled", WireReader::bool)
            .build();

    private TableRequestReader() {}

    public static CreateTableRequest createTable(WireReader r) {
        return r.root(CREATE_TABLE, m -> new CreateTableRequest(m.get("TableName"), m.get("AttributeDefinitions"),
                m.get("KeySchema"), m.get("LocalSecondaryIndexes"), m.get("GlobalSecondaryIndexes"),
                m.get("BillingMode"), m.get("ProvisionedThroughput"), m.get("StreamSpecification"), m.get("Tags"),
                m.get("TableClass"), m.get("DeletionProtectionEnabled")));
    }

    public static DescribeTableRequest describeTable(WireReader r) {
        return r.root(TABLE_NAME_ONLY, m -> new DescribeTableRequest(m.get("TableName")));
    }

    public static DeleteTableRequest deleteTable(WireReader r) {
        return r.root(TABLE_NAME_ONLY, m -> new DeleteTableRequest(m.get("TableName")));
    }

    public static ListTablesRequest listTables(WireReader r) {
        return r.root(LIST_TABLES, m -> new ListTablesRequest(m.get("ExclusiveStartTableName"), m.get("Limit")));
    }

    public static UpdateTableRequest updateTable(WireReader r) {
        return r.root(UPDATE_TABLE, m -> new UpdateTableRequest(m.get("TableName"), m.get("AttributeDefinitions"),
                m.get("BillingMode"), m.get("ProvisionedThroughput"), m.get("GlobalSecondaryIndexUpdates"),
                m.get("StreamSpecification"), m.get("TableClass"), m.get("DeletionProtectionEnabled")));
    }

    private static java.util.List<AttributeDefinition> attributeDefinitions(WireReader r) {
        return r.list(e -> e.struct(ATTRIBUTE_DEFINITION,
                m -> new AttributeDefinition(m.get("AttributeName"), m.get("AttributeType"))));
    }

    private static java.util.List<KeySchemaElement> keySchema(WireReader r) {
        return r.list(e -> e.struct(KEY_SCHEMA_ELEMENT,
                m -> new KeySchemaElement(m.get("AttributeName"), m.get("KeyType"))));
    }

    private static Projection projection(WireReader r) {
        return r.struct(PROJECTION, m -> new Projection(m.get("ProjectionType"), m.get("NonKeyAttributes")));
    }

    private static ProvisionedThroughput provisionedThroughput(WireReader r) {
        return r.struct(PROVISIONED_THROUGHPUT,
                m -> new ProvisionedThroughput(m.get("ReadCapacityUnits"), m.get("WriteCapacityUnits")));
    }

    private static StreamSpecification streamSpecification(WireReader r) {
        return r.struct(STREAM_SPECIFICATION,
                m -> new StreamSpecification(m.get("StreamEnabled"), m.get("StreamViewType")));
    }

    private static GlobalSecondaryIndex globalSecondaryIndex(Members m) {
        return new GlobalSecondaryIndex(m.get("IndexName"), m.get("KeySchema"), m.get("Projection"),
                m.get("ProvisionedThroughput"));
    }
}
