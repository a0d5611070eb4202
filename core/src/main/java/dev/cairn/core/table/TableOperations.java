package dev.cairn.core.table;

import dev.cairn.api.ApiException;
import dev.cairn.api.ErrorCode;
import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.CreateTableRequest;
import dev.cairn.api.model.CreateTableResponse;
import dev.cairn.api.model.DeleteTableRequest;
import dev.cairn.api.model.DeleteTableResponse;
import dev.cairn.api.model.DescribeContinuousBackupsRequest;
import dev.cairn.api.model.DescribeContinuousBackupsResponse;
import dev.cairn.api.model.DescribeTableRequest;
import dev.cairn.api.model.DescribeTableResponse;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.ListTablesRequest;
import dev.cairn.api.model.ListTablesResponse;
import dev.cairn.api.model.ProvisionedThroughput;
import dev.cairn.api.model.UpdateTableRequest;
import dev.cairn.api.model.UpdateTableResponse;
import dev.cairn.core.validation.ConstraintViolations;
import dev.cairn.core.validation.Enums;
import dev.cairn.spi.storage.Store;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The control plane for tables: CreateTable, DescribeTable, ListTables, UpdateTable, DeleteTable,
 * with DynamoDB's validation. Tables become ACTIVE at once (creation has nothing to wait for), but
 * CreateTable and DeleteTable answer CREATING and DELETING as DynamoDB does.
 */
public final class TableOperations {

    private static final int LIST_TABLES_MAX = 100;

    private final Store store;
    private final Catalog catalog;
    private final TableDescriber describer;
    private final Clock clock;
    private final GlobalIndexLifecycle globalIndexes;

    public TableOperations(Store store, Catalog catalog, TableDescriber describer, Clock clock,
            GlobalIndexLifecycle globalIndexes) {
        this.store = store;
        this.catalog = catalog;
        this.describer = describer;
        this.clock = clock;
        this.globalIndexes = globalIndexes;
    }

    /** The table for a data-plane request, or DynamoDB's ResourceNotFoundException. */
    public TableMetadata require(String tableName) {
        TableMetadata table = catalog.find(tableName);
        if (table == null) {
            throw ApiException.resourceNotFound("Requested resource not found");
        }
        return table;
    }

    public CreateTableResponse createTable(CreateTableRequest request) {
        return createTable(request, () -> null);
    }

    /**
     * CreateTable, with the table's tag row made by {@code tagRow} once the rest of the request is
     * valid (it throws for invalid tags; null means none), written atomically with the table.
     */
    public CreateTableResponse createTable(CreateTableRequest request, Supplier<byte[]> tagRow) {
        requireTableName(request.tableName());
        ConstraintViolations violations = new ConstraintViolations()
                .tableName("tableName", request.tableName())
                .notNull("attributeDefinitions", request.attributeDefinitions())
                .notNull("keySchema", request.keySchema());
        // DynamoDB's constraint on the length of a table's key schema (dynalite test/createTable.js)
        KeySchemaValue.addLength(violations, "keySchema", request.keySchema(), 2);
        violations.oneOf("billingMode", request.billingMode(), Enums.BILLING_MODE).throwIfAny();
        if (request.attributeDefinitions().isEmpty()) {
            throw ApiException.validation("No Attribute Schema Defined");
        }
        TableMetadata table = new TableDefinition(request).toMetadata(
                Long.toUnsignedString(new SecureRandom().nextLong(), 36), clock.millis());
        if (!catalog.create(table, tagRow.get())) {
            throw ApiException.resourceInUse("Table already exists: " + request.tableName());
        }
        return new CreateTableResponse(describer.describe(table.withStatus("CREATING"), false));
    }

    /**
     * DynamoDB keeps continuous backups of every table and offers point-in-time recovery, which
     * Cairn does not, so it reports PITR DISABLED. An unknown table is DynamoDB's
     * TableNotFoundException, "Table not found: name" (moto's responses.py describe_continuous_backups).
     */
    public DescribeContinuousBackupsResponse describeContinuousBackups(DescribeContinuousBackupsRequest request) {
        new ConstraintViolations().tableName("tableName", request.tableName()).throwIfAny();
        if (catalog.find(request.tableName()) == null) {
            throw ApiException.of(ErrorCode.TABLE_NOT_FOUND, "Table not found: " + request.tableName());
        }
        return new DescribeContinuousBackupsResponse("ENABLED", "DISABLED");
    }

    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        requireTableName(request.tableName());
        new ConstraintViolations().tableName("tableName", request.tableName()).throwIfAny();
        return new DescribeTableResponse(describer.describe(requireForControlPlane(request.tableName()), true));
    }

    public ListTablesResponse listTables(ListTablesRequest request) {
        new ConstraintViolations()
                .optionalName("exclusiveStartTableName", request.exclusiveStartTableName())
                .atLeast("limit", request.limit(), 1)
                .atMost("limit", request.limit(), LIST_TABLES_MAX)
                .throwIfAny();
        int limit = request.limit() == null ? LIST_TABLES_MAX : request.limit();
        List<String> names = new ArrayList<>();
        for (TableMetadata table : catalog.all()) {
            names.add(table.name());
        }
        names.sort(Comparator.naturalOrder());
        List<String> page = new ArrayList<>();
        String start = request.exclusiveStartTableName();
        for (String name : names) {
            if (start == null || name.compareTo(start) > 0) {
                page.add(name);
            }
        }
        String lastEvaluated = null;
        if (page.size() > limit) {
            page = new ArrayList<>(page.subList(0, limit));
            lastEvaluated = page.get(limit - 1);
        }
        return new ListTablesResponse(page, lastEvaluated);
    }

    public DeleteTableResponse deleteTable(DeleteTableRequest request) {
        requireTableName(request.tableName());
        new ConstraintViolations().tableName("tableName", request.tableName()).throwIfAny();
        while (true) {
            TableMetadata table = requireForControlPlane(request.tableName());
            if (table.deletionProtection()) {
                throw ApiException.validation("Resource cannot be deleted as it is currently protected against deletion. "
                        + "Disable deletion protection first.");
            }
            var description = describer.describeDeleting(table);
            if (catalog.remove(table)) {
                store.dropKeyspace(Subspaces.tableKeyspace(table.id()));
                for (IndexMetadata index : table.indexes()) {
                    if (index.kind() == IndexKind.GLOBAL) {
                        store.dropKeyspace(Subspaces.globalIndexKeyspace(table.id(), index.number()));
                    }
                }
                return new DeleteTableResponse(description);
            }
        }
    }

    public UpdateTableResponse updateTable(UpdateTableRequest request) {
        requireTableName(request.tableName());
        ConstraintViolations violations = new ConstraintViolations();
        if (request.globalSecondaryIndexUpdates() != null) {
            GlobalIndexUpdates.addConstraints(violations, request.globalSecondaryIndexUpdates());
        }
        violations
                .tableName("tableName", request.tableName())
                .oneOf("billingMode", request.billingMode(), Enums.BILLING_MODE)
                .atLeast("provisionedThroughput.readCapacityUnits", readUnits(request.provisionedThroughput()), 1)
                .atLeast("provisionedThroughput.writeCapacityUnits", writeUnits(request.provisionedThroughput()), 1)
                .throwIfAny();
        while (true) {
            TableMetadata table = requireForControlPlane(request.tableName());
            TableMetadata billed = applyUpdate(table, request);
            GlobalIndexUpdates.Outcome outcome = request.globalSecondaryIndexUpdates() == null
                    || request.globalSecondaryIndexUpdates().isEmpty()
                    ? new GlobalIndexUpdates.Outcome(billed, null, null)
                    : GlobalIndexUpdates.apply(billed, request.globalSecondaryIndexUpdates(),
                            request.attributeDefinitions());
            TableMetadata updated = outcome.table();
            boolean replaced = outcome.created() == null && outcome.deleted() == null
                    ? catalog.replace(table, updated)
                    : globalIndexes.withWritesPaused(table.name(), () -> catalog.replace(table, updated));
            if (!replaced) {
                continue;
            }
            if (outcome.created() != null) {
                globalIndexes.startBackfill(updated.name(), outcome.created().name());
            }
            TableMetadata described = updated;
            if (outcome.deleted() != null) {
                globalIndexes.dropEntries(table, outcome.deleted());
                List<IndexMetadata> withDeleting = new ArrayList<>(updated.indexes());
                withDeleting.add(outcome.deleted().withStatus("DELETING"));
                described = updated.withIndexes(withDeleting, table.attributeDefinitions(),
                        updated.nextGlobalIndexNumber());
            }
            return new UpdateTableResponse(describer.describe(described, true));
        }
    }

    /** Starts again the backfill of every index left CREATING, e.g. by a restart during one. */
    public void resumeBackfills() {
        for (TableMetadata table : catalog.all()) {
            for (IndexMetadata index : table.indexes()) {
                if (IndexMetadata.CREATING.equals(index.status())) {
                    globalIndexes.startBackfill(table.name(), index.name());
                }
            }
        }
    }

    private TableMetadata applyUpdate(TableMetadata table, UpdateTableRequest request) {
        if (request.billingMode() == null && request.provisionedThroughput() == null
                && request.deletionProtectionEnabled() == null && request.globalSecondaryIndexUpdates() == null
                && request.streamSpecification() == null) {
            throw ApiException.validation("Nothing to update");
        }
        if (request.globalSecondaryIndexUpdates() != null && request.globalSecondaryIndexUpdates().isEmpty()
                && request.billingMode() == null && request.provisionedThroughput() == null
                && request.deletionProtectionEnabled() == null && request.streamSpecification() == null) {
            throw ApiException.validation("Nothing to update");
        }
        TableMetadata updated = table;
        String billingMode = request.billingMode() == null ? table.billingMode() : request.billingMode();
        ProvisionedThroughput throughput = request.provisionedThroughput();
        if ("PAY_PER_REQUEST".equals(billingMode)) {
            if (throughput != null) {
                throw ApiException.validation("One or more parameter values were invalid: Neither ReadCapacityUnits nor "
                        + "WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
            }
            if (!"PAY_PER_REQUEST".equals(table.billingMode())) {
                updated = updated.withBilling(billingMode, 0, 0, clock.millis());
            }
        } else {
            if (throughput == null && !"PROVISIONED".equals(table.billingMode())) {
                throw ApiException.validation("No provisioned throughput specified for the table");
            }
            if (throughput != null) {
                if (throughput.readCapacityUnits() == null || throughput.writeCapacityUnits() == null) {
                    throw ApiException.validation("One or more parameter values were invalid: ReadCapacityUnits and "
                            + "WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
                }
                if (throughput.readCapacityUnits() == table.readCapacity()
                        && throughput.writeCapacityUnits() == table.writeCapacity()
                        && "PROVISIONED".equals(table.billingMode())) {
                    throw ApiException.validation("The requested throughput value equals the current value");
                }
                updated = updated.withBilling("PROVISIONED", throughput.readCapacityUnits(),
                        throughput.writeCapacityUnits(), table.billingModeChangeMillis());
            }
        }
        if (request.deletionProtectionEnabled() != null) {
            updated = updated.withDeletionProtection(request.deletionProtectionEnabled());
        }
        return updated;
    }

    /**
     * The control plane names a missing TableName in its own sentence, before any member constraint
     * (wording: aws/aws-sdk-java issue #977 for DescribeTable, dynalite test/createTable.js,
     * deleteTable.js, describeTable.js, updateTable.js); the data plane reports it as a null member.
     */
    private static void requireTableName(String tableName) {
        if (tableName == null) {
            throw ApiException.validation("The parameter 'TableName' is required but was not present in the request");
        }
    }

    private TableMetadata requireForControlPlane(String tableName) {
        TableMetadata table = catalog.find(tableName);
        if (table == null) {
            throw ApiException.resourceNotFound("Requested resource not found: Table: " + tableName + " not found");
        }
        return table;
    }

    private static Long readUnits(ProvisionedThroughput throughput) {
        return throughput == null ? null : throughput.readCapacityUnits();
    }

    private static Long writeUnits(ProvisionedThroughput throughput) {
        return throughput == null ? null : throughput.writeCapacityUnits();
    }

    /** Helper for attribute definitions lookups shared with validation. */
    static String typeOf(List<AttributeDefinition> definitions, String name) {
        for (AttributeDefinition definition : definitions) {
            if (name.equals(definition.attributeName())) {
                return definition.attributeType();
            }
        }
        return null;
    }

    static List<String> names(List<KeySchemaElement> keySchema) {
        List<String> names = new ArrayList<>();
        for (KeySchemaElement element : keySchema) {
            names.add(element.attributeName());
        }
        return names;
    }
}
