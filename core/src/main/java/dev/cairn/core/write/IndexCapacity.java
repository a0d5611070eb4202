package dev.cairn.core.write;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.Capacity;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.core.item.ItemSize;
import dev.cairn.core.table.IndexMetadata;
import dev.cairn.core.table.TableMetadata;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The capacity secondary indexes add to a request, broken down as ReturnConsumedCapacity INDEXES
 * asks: "the aggregate ConsumedCapacity for the operation, together with ConsumedCapacity for each
 * table and secondary index that was accessed" (AWS API reference, ReturnConsumedCapacity). A
 * write costs each index whose entry it puts or deletes one unit per started KB of the entry, and
 * two writes when it moves an entry to a new index key; a read of an index is charged to that index.
 * Entries are sized as their whole items, which is at most one unit high for a narrower projection.
 */
public final class IndexCapacity {

    private IndexCapacity() {}

    /** The ConsumedCapacity of a Query or Scan of {@code index} (null for the table itself). */
    public static ConsumedCapacity read(String returnConsumedCapacity, TableMetadata table, IndexMetadata index,
            double units) {
        if (index == null || !"INDEXES".equals(returnConsumedCapacity)) {
            return dev.cairn.core.write.Capacity.report(returnConsumedCapacity, table.name(), units);
        }
        // the table itself is reported with nothing consumed, as DynamoDB Local reports it
        Map<String, Capacity> used = Map.of(index.name(), new Capacity(null, null, units));
        return new ConsumedCapacity(table.name(), units, null, null, new Capacity(null, null, 0.0),
                index.isGlobal() ? null : used,
                index.isGlobal() ? used : null);
    }

    /** The ConsumedCapacity of a single-item write that changed {@code before} into {@code after}. */
    public static ConsumedCapacity write(String returnConsumedCapacity, TableMetadata table, double tableUnits,
            Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        if (!dev.cairn.core.write.Capacity.requested(returnConsumedCapacity)) {
            return null;
        }
        Map<String, Capacity> global = new LinkedHashMap<>();
        Map<String, Capacity> local = new LinkedHashMap<>();
        double total = tableUnits;
        for (IndexMetadata index : table.indexes()) {
            double units = entryWrites(index, before, after);
            if (units > 0) {
                (index.isGlobal() ? global : local).put(index.name(), new Capacity(null, null, units));
                total += units;
            }
        }
        if (!"INDEXES".equals(returnConsumedCapacity)) {
            return new ConsumedCapacity(table.name(), total, null, null, null, null, null);
        }
        return new ConsumedCapacity(table.name(), total, null, null, new Capacity(null, null, tableUnits),
                local.isEmpty() ? null : local, global.isEmpty() ? null : global);
    }

    private static double entryWrites(IndexMetadata index, Map<String, AttributeValue> before,
            Map<String, AttributeValue> after) {
        boolean had = indexed(index, before);
        boolean has = indexed(index, after);
        if (had && has && sameKey(index, before, after)) {
            return dev.cairn.core.write.Capacity.writeUnits(Math.max(ItemSize.of(before), ItemSize.of(after)));
        }
        return (had ? dev.cairn.core.write.Capacity.writeUnits(ItemSize.of(before)) : 0)
                + (has ? dev.cairn.core.write.Capacity.writeUnits(ItemSize.of(after)) : 0);
    }

    private static boolean indexed(IndexMetadata index, Map<String, AttributeValue> item) {
        return item != null && item.containsKey(index.partitionKey().name())
                && (index.sortKey() == null || item.containsKey(index.sortKey().name()));
    }

    private static boolean sameKey(IndexMetadata index, Map<String, AttributeValue> before,
            Map<String, AttributeValue> after) {
        return Objects.equals(before.get(index.partitionKey().name()), after.get(index.partitionKey().name()))
                && (index.sortKey() == null
                        || Objects.equals(before.get(index.sortKey().name()), after.get(index.sortKey().name())));
    }
}
