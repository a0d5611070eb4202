package dev.cairn.core.transaction;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.TransactWriteItem;
import dev.cairn.core.item.AttributeValues;
import dev.cairn.core.table.PrimaryKeys;
import dev.cairn.core.table.TableOperations;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A key that does not fit its table's schema does not fail a transaction request as a whole: DynamoDB
 * cancels it, with reason {@code ValidationError} for that action (carrying the message the
 * single-item operation would give) and {@code None} for the others. An empty key value, a null
 * one and an empty attribute name are still request-level ValidationExceptions, as DynamoDB Local
 * 3.3.1 answers them. Wording and shape: paritysuite/dynamodb-conformance
 * tests/tier3/error-messages/transactWriteItems.test.ts and transactGetItems.test.ts (captured from
 * DynamoDB); AWS API reference, TransactWriteItems, CancellationReasons "ValidationError".
 */
final class InvalidKeys {

    private InvalidKeys() {}

    /** Throws TransactionCanceledException when any action's key or item key does not fit. */
    static void cancelIfAny(List<TransactWriteItem> actions, TableOperations tables) {
        cancelIfAny(actions.size(), i -> mismatch(actions.get(i), tables));
    }

    /** The same for TransactGetItems: each Get's table name and key. */
    static void cancelIfAny(int count, Function<Integer, String> mismatchOf) {
        Cancellation cancellation = new Cancellation(count);
        for (int i = 0; i < count; i++) {
            String mismatch = mismatchOf.apply(i);
            if (mismatch != null) {
                cancellation.invalid(i, mismatch);
            }
        }
        if (cancellation.any()) {
            throw cancellation.exception();
        }
    }

    static String keyMismatch(String tableName, Map<String, AttributeValue> key,
            TableOperations tables) {
        AttributeValues.checkTopLevelEntries(key);
        return tableName == null ? null : PrimaryKeys.keyMismatch(tables.require(tableName), key);
    }

    private static String mismatch(TransactWriteItem action, TableOperations tables) {
        if (action == null) {
            return null;
        }
        if (action.put() != null && action.put().tableName() != null) {
            AttributeValues.checkTopLevelEntries(action.put().item());
            return PrimaryKeys.itemKeyTypeMismatch(tables.require(action.put().tableName()), action.put().item());
        }
        if (action.update() != null) {
            return keyMismatch(action.update().tableName(), action.update().key(), tables);
        }
        if (action.delete() != null) {
            return keyMismatch(action.delete().tableName(), action.delete().key(), tables);
        }
        if (action.conditionCheck() != null) {
            return keyMismatch(action.conditionCheck().tableName(), action.conditionCheck().key(), tables);
        }
        return null;
    }
}
