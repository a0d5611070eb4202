package dev.cairn.core.write;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.core.item.ItemSize;
import dev.cairn.core.table.IndexMetadata;
import dev.cairn.core.table.TableMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The capacity a request consumed, summed per table in the order the tables first appear: each
 * write's table units and those of every index entry it put or deleted ({@link IndexCapacity}), and
 * any reads. One tally serves a single-item write, a BatchWriteItem and a TransactWriteItems, so
 * that all of them report ReturnConsumedCapacity INDEXES and TOTAL in the same shape.
 */
public final class CapacityTally {

    private final String returnConsumedCapacity;
    private final Map<String, TableUnits> tables = new LinkedHashMap<>();

    public CapacityTally(String returnConsumedCapacity) {
        this.returnConsumedCapacity = returnConsumedCapacity;
    }

    /** Whether anything is reported; when not, adding to the tally is skipped, since sizing walks the items. */
    public boolean requested() {
        return Capacity.requested(returnConsumedCapacity);
    }

    /**
     * A write that changed {@code before} into {@code after} (either null when absent), charged
     * {@code factor} times: one unit per started KB of the larger of the two on the table, and as
     * many on each index as its entries cost. Transactions charge twice, for prepare and commit.
     */
    public void write(TableMetadata table, Map<String, AttributeValue> before, Map<String, AttributeValue> after,
            int factor) {
        if (!requested()) {
            return;
        }
        TableUnits units = units(table.name());
        units.table += factor * Capacity.writeUnits(Math.max(sizeOf(before), sizeOf(after)));
        for (IndexMetadata index : table.indexes()) {
            double entry = IndexCapacity.entryWrites(index, before, after);
            if (entry > 0) {
                (index.isGlobal() ? units.global : units.local).merge(index.name(), factor * entry, Double::sum);
            }
        }
    }

    /** Units consumed on a table itself, such as a read. */
    public void table(String tableName, double units) {
        if (requested()) {
            units(tableName).table += units;
        }
    }

    /** One ConsumedCapacity per table, or null when ReturnConsumedCapacity does not ask for any. */
    public List<ConsumedCapacity> report() {
        if (!requested()) {
            return null;
        }
        boolean indexes = "INDEXES".equals(returnConsumedCapacity);
        List<ConsumedCapacity> consumed = new ArrayList<>(tables.size());
        tables.forEach((name, units) -> consumed.add(units.report(name, indexes)));
        return consumed;
    }

    private TableUnits units(String tableName) {
        return tables.computeIfAbsent(tableName, name -> new TableUnits());
    }

    private static long sizeOf(Map<String, AttributeValue> item) {
        return item == null ? 0 : ItemSize.of(item);
    }

    /** One table's units: its own and each of its indexes', by index name in the order first written. */
    private static final class TableUnits {
        private double table;
        private final Map<String, Double> global = new LinkedHashMap<>();
        private final Map<String, Double> local = new LinkedHashMap<>();

        ConsumedCapacity report(String tableName, boolean indexes) {
            double total = table + sum(global) + sum(local);
            if (!indexes) {
                return new ConsumedCapacity(tableName, total, null, null, null, null, null);
            }
            return new ConsumedCapacity(tableName, total, null, null, capacity(table), breakdown(local),
                    breakdown(global));
        }

        private static double sum(Map<String, Double> units) {
            return units.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        private static Map<String, dev.cairn.api.model.Capacity> breakdown(Map<String, Double> units) {
            if (units.isEmpty()) {
                return null;
            }
            Map<String, dev.cairn.api.model.Capacity> capacities = new LinkedHashMap<>();
            units.forEach((name, value) -> capacities.put(name, capacity(value)));
            return capacities;
        }

        private static dev.cairn.api.model.Capacity capacity(double units) {
            return new dev.cairn.api.model.Capacity(null, null, units);
        }
    }
}
