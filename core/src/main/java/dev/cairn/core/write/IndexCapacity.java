package dev.cairn.core.write;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.Capacity;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.core.item.ItemSize;
import dev.cairn.core.table.IndexMetadata;
import dev.cairn.core.table.TableMetadata;
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
    public static ConsumedCapacity write(String returnConsumedCapacity, TableMetadata table,
            Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        CapacityTally tally = new CapacityTally(returnConsumedCapacity);
        tally.write(table, before, after, 1);
        return tally.requested() ? tally.report().get(0) : null;
    }

    /** The units a write costs {@code index}: its entry put, deleted, or both when the entry moves. */
    static double entryWrites(IndexMetadata index, Map<String, AttributeValue> before,
            Map<String, AttributeValue> after) {
        boolean had = indexed(index, before);
        boolean has = indexed(index, after);
        if (had && has && sameKey(index, before, after)) {
            return dev.cairn.core.write.Capacity.writeUnits(Math.max(ItemSize.of(before), ItemSize.of(after)));
        }
        return (had ? dev.cairn.core.write.Capacity.writeUnits(ItemSize.of(before)) : 0)
                + (has ? dev.cairn.core.write.Capacity.writeUnits(ItemSize.of(after)) : 0);
    }

    /** Whether {@code item} has an entry in {@code index}: every key attribute present (indexes are sparse). */
    private static boolean indexed(IndexMetadata index, Map<String, AttributeValue> item) {
        return item != null && index.keyAttributes().stream().allMatch(key -> item.containsKey(key.name()));
    }

    private static boolean sameKey(IndexMetadata index, Map<String, AttributeValue> before,
            Map<String, AttributeValue> after) {
        return index.keyAttributes().stream()
                .allMatch(key -> Objects.equals(before.get(key.name()), after.get(key.name())));
    }
}
