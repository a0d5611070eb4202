package dev.cairn.core.table;

import dev.cairn.api.model.GlobalSecondaryIndexDescription;
import dev.cairn.api.model.KeySchemaElement;
import dev.cairn.api.model.LocalSecondaryIndexDescription;
import dev.cairn.api.model.Projection;
import dev.cairn.api.model.ProvisionedThroughputDescription;
import dev.cairn.core.codec.ItemCodec;
import dev.cairn.core.item.ItemSize;
import dev.cairn.spi.storage.Row;
import dev.cairn.spi.storage.RowCursor;
import dev.cairn.spi.storage.ScanRead;
import dev.cairn.spi.storage.Store;
import java.util.ArrayList;
import java.util.List;

/**
 * DescribeTable's view of a table's secondary indexes, as DynamoDB Local words it: an index being
 * backfilled is CREATING with Backfilling true and no statistics yet; a global index shows its
 * throughput only on a provisioned table. Entry counts and sizes are counted live, like the table's.
 */
final class IndexDescriber {

    private final Store store;

    IndexDescriber(Store store) {
        this.store = store;
    }

    /** Entry counts and projected bytes of one index. */
    record Statistics(long itemCount, long sizeBytes) {
        static final Statistics NONE = new Statistics(0, 0);
    }

    List<LocalSecondaryIndexDescription> locals(TableMetadata table, String tableArn, Statistics[] localStatistics) {
        List<LocalSecondaryIndexDescription> descriptions = new ArrayList<>();
        for (IndexMetadata index : table.indexes()) {
            if (!index.isGlobal()) {
                Statistics statistics = localStatistics == null ? Statistics.NONE : localStatistics[index.number()];
                descriptions.add(new LocalSecondaryIndexDescription(index.name(), keySchema(index), projection(index),
                        statistics.sizeBytes(), statistics.itemCount(), tableArn + "/index/" + index.name()));
            }
        }
        return descriptions.isEmpty() ? null : descriptions;
    }

    List<GlobalSecondaryIndexDescription> globals(TableMetadata table, String tableArn, boolean withStatistics) {
        List<GlobalSecondaryIndexDescription> descriptions = new ArrayList<>();
        for (IndexMetadata index : table.indexes()) {
            if (!index.isGlobal()) {
                continue;
            }
            boolean creating = IndexMetadata.CREATING.equals(index.status());
            boolean active = IndexMetadata.ACTIVE.equals(index.status());
            Statistics statistics = withStatistics && active ? count(table, index) : Statistics.NONE;
            ProvisionedThroughputDescription throughput = "PAY_PER_REQUEST".equals(table.billingMode())
                    ? null
                    : new ProvisionedThroughputDescription(null, null, null, index.readCapacity(), index.writeCapacity());
            descriptions.add(new GlobalSecondaryIndexDescription(index.name(), keySchema(index), projection(index),
                    index.status(), creating ? Boolean.TRUE : null, throughput,
                    active ? statistics.sizeBytes() : null, active ? statistics.itemCount() : null,
                    tableArn + "/index/" + index.name()));
        }
        return descriptions.isEmpty() ? null : descriptions;
    }

    private Statistics count(TableMetadata table, IndexMetadata index) {
        long count = 0;
        long bytes = 0;
        try (RowCursor rows = store.scan(ScanRead.all(Subspaces.globalIndexKeyspace(table.id(), index.number())))) {
            while (rows.hasNext()) {
                Row row = rows.next();
                count++;
                bytes += ItemSize.of(ItemCodec.decode(row.value()));
            }
        }
        return new Statistics(count, bytes);
    }

    private static List<KeySchemaElement> keySchema(IndexMetadata index) {
        List<KeySchemaElement> keySchema = new ArrayList<>(2);
        index.partitionKeys().forEach(attribute -> keySchema.add(new KeySchemaElement(attribute.name(), "HASH")));
        index.sortKeys().forEach(attribute -> keySchema.add(new KeySchemaElement(attribute.name(), "RANGE")));
        return keySchema;
    }

    private static Projection projection(IndexMetadata index) {
        return new Projection(index.projectionType(),
                index.nonKeyAttributes().isEmpty() ? null : index.nonKeyAttributes());
    }
}
