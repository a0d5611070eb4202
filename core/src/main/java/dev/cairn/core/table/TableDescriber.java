package dev.cairn.core.table;

import dev.cairn.api.model.AttributeDefinition;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.BillingModeSummary;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.ProvisionedThroughputDescription;
import dev.cairn.api.model.TableDescription;
import dev.cairn.core.codec.ItemCodec;
import dev.cairn.core.item.ItemSize;
import dev.cairn.core.write.StoredItemCodec;
import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.ScanRead;
import dev.cairn.spi.storage.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds DescribeTable's view of a table. ItemCount and TableSizeBytes, which DynamoDB refreshes
 * about every six hours, are counted live here, as DynamoDB Local does, so tests see their writes;
 * so are the indexes' (local index entries are counted in the same pass over the table).
 */
public final class TableDescriber {

    private final Store store;
    private final String arnPrefix;
    private final IndexDescriber indexes;

    /**
     * @param region the region named in table ARNs
     * @param accountId the account named in table ARNs
     */
    public TableDescriber(Store store, String region, String accountId) {
        this.store = store;
        this.arnPrefix = "arn:aws:dynamodb:" + region + ":" + accountId + ":table/";
        this.indexes = new IndexDescriber(store);
    }

    /**
     * @param withStatistics whether to count the table's items and bytes (a new table has none)
     */
    public TableDescription describe(TableMetadata table, boolean withStatistics) {
        long itemCount = 0;
        long sizeBytes = 0;
        IndexDescriber.Statistics[] localStatistics = null;
        if (withStatistics) {
            long[] localCounts = new long[Subspaces.OUTBOX];
            long[] localBytes = new long[Subspaces.OUTBOX];
            try (RowCursor rows = store.scan(ScanRead.all(Subspaces.tableKeyspace(table.id())))) {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    if (row.clustering().length > 0 && row.clustering()[0] == Subspaces.ITEM) {
                        Map<String, AttributeValue> item = StoredItemCodec.item(row.value());
                        if (item != null) {
                            itemCount++;
                            sizeBytes += ItemSize.of(item);
                        }
                    } else if (row.clustering().length > 0 && row.clustering()[0] < Subspaces.ITEM_COLLECTION_SIZE) {
                        localCounts[row.clustering()[0]]++;
                        localBytes[row.clustering()[0]] += ItemSize.of(ItemCodec.decode(row.value()));
                    }
                }
            }
            localStatistics = new IndexDescriber.Statistics[Subspaces.OUTBOX];
            for (int i = 0; i < localStatistics.length; i++) {
                localStatistics[i] = new IndexDescriber.Statistics(localCounts[i], localBytes[i]);
            }
        }
        List<AttributeDefinition> definitions = new ArrayList<>();
        for (KeyAttribute attribute : table.attributeDefinitions()) {
            definitions.add(new AttributeDefinition(attribute.name(), attribute.type()));
        }
        List<KeySchemaElement> keySchema = new ArrayList<>();
        keySchema.add(new KeySchemaElement(table.partitionKey().name(), "HASH"));
        if (table.hasSortKey()) {
            keySchema.add(new KeySchemaElement(table.sortKey().name(), "RANGE"));
        }
        boolean onDemand = "PAY_PER_REQUEST".equals(table.billingMode());
        BillingModeSummary billing = onDemand || table.billingModeChangeMillis() != 0
                ? new BillingModeSummary(table.billingMode(), table.billingModeChangeMillis() == 0
                        ? null : Instant.ofEpochMilli(table.billingModeChangeMillis()))
                : null;
        ProvisionedThroughputDescription throughput = new ProvisionedThroughputDescription(null, null, 0L,
                table.readCapacity(), table.writeCapacity());
        String tableArn = arnPrefix + table.name();
        return new TableDescription(table.name(), tableArn, TableIds.uuidOf(table.id()), table.status(),
                Instant.ofEpochMilli(table.creationMillis()), definitions, keySchema, itemCount, sizeBytes, billing,
                throughput, indexes.locals(table, tableArn, localStatistics),
                indexes.globals(table, tableArn, withStatistics), null, null, null, table.deletionProtection());
    }

    /**
     * DeleteTable's view of a table being deleted: DynamoDB leaves out CreationDateTime, KeySchema,
     * AttributeDefinitions and the indexes, and dates an on-demand table's BillingModeSummary
     * (scylladb test/alternator/test_table.py test_delete_table_description and
     * test_delete_table_description_with_si, run against DynamoDB).
     */
    public TableDescription describeDeleting(TableMetadata table) {
        TableDescription full = describe(table.withStatus("DELETING"), true);
        BillingModeSummary billing = full.billingModeSummary();
        if (billing != null && "PAY_PER_REQUEST".equals(billing.billingMode())
                && billing.lastUpdateToPayPerRequestDateTime() == null) {
            billing = new BillingModeSummary(billing.billingMode(), Instant.ofEpochMilli(table.creationMillis()));
        }
        return new TableDescription(full.tableName(), full.tableArn(), full.tableId(), full.tableStatus(), null,
                null, null, full.itemCount(), full.tableSizeBytes(), billing, full.provisionedThroughput(), null,
                null, full.streamSpecification(), full.latestStreamArn(), full.latestStreamLabel(),
                full.deletionProtectionEnabled());
    }
}
