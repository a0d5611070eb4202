package dev.cairn.core.transaction;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.ConsumedCapacity;
import dev.cairn.core.item.ItemSize;
import dev.cairn.core.table.TableMetadata;
import dev.cairn.core.write.Capacity;
import dev.cairn.core.write.CapacityTally;
import dev.cairn.core.write.WriteOutcome;
import java.util.List;
import java.util.Map;

/**
 * What a transaction costs: twice what the same single-item operations would, on the table and on
 * each index entry written (DynamoDB prepares and commits every item), reported per table in the
 * order the tables first appear.
 */
final class TransactionCapacity {

    private final CapacityTally tally;

    TransactionCapacity(String returnConsumedCapacity) {
        this.tally = new CapacityTally(returnConsumedCapacity);
    }

    void write(TableMetadata table, WriteOutcome outcome) {
        tally.write(table, outcome.before(), outcome.after(), 2);
    }

    /** A condition check, or any strongly consistent read of an item. */
    void read(String table, Map<String, AttributeValue> item) {
        if (tally.requested()) {
            tally.table(table, 2 * Capacity.readUnits(item == null ? 0 : ItemSize.of(item), true));
        }
    }

    List<ConsumedCapacity> report() {
        return tally.report();
    }
}
