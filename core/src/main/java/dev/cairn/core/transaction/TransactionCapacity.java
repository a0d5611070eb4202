package dev.cairn.core.transaction;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.core.item.ItemSize;
import dev.cairn.core.write.Capacity;
import dev.cairn.core.write.WriteOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a transaction costs: twice what the same single-item operations would (DynamoDB prepares
 * and commits every item), reported per table in the order the tables first appear.
 */
final class TransactionCapacity {

    private final Map<String, Double> unitsByTable = new LinkedHashMap<>();

    void write(String table, WriteOutcome outcome) {
        add(table, 2 * Capacity.writeUnits(Math.max(size(outcome.before()), size(outcome.after()))));
    }

    /** A condition check, or any strongly consistent read of an item. */
    void read(String table, Map<String, AttributeValue> item) {
        add(table, 2 * Capacity.readUnits(size(item), true));
    }

    List<ConsumedCapacity> report(String returnConsumedCapacity) {
        List<ConsumedCapacity> consumed = new ArrayList<>();
        unitsByTable.forEach((table, units) -> {
            ConsumedCapacity capacity = Capacity.report(returnConsumedCapacity, table, units);
            if (capacity != null) {
                consumed.add(capacity);
            }
        });
        return returnConsumedCapacity == null || "NONE".equals(returnConsumedCapacity) ? null : consumed;
    }

    private void add(String table, double units) {
        unitsByTable.merge(table, units, Double::sum);
    }

    private static long size(Map<String, AttributeValue> item) {
        return item == null ? 0 : ItemSize.of(item);
    }
}
