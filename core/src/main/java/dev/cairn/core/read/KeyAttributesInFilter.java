package dev.cairn.core.read;

import dev.cairn.api.ApiException;
import dev.cairn.core.expression.ConditionExpression;
import dev.cairn.core.expression.DocumentPath;
import dev.cairn.core.table.KeyAttribute;

/**
 * A Query's filter may not name the key attributes of what it queries (the table's, or the index's
 * when it queries an index): DynamoDB wants them in the key condition.
 */
final class KeyAttributesInFilter {

    private KeyAttributesInFilter() {}

    static void reject(KeyAttribute partitionKey, KeyAttribute sortKey, ConditionExpression filter) {
        for (DocumentPath path : filter.paths()) {
            String name = path.attributeName();
            if (partitionKey.name().equals(name) || (sortKey != null && sortKey.name().equals(name))) {
                throw ApiException.validation("Filter Expression can only contain non-primary key attributes: "
                        + "Primary key attribute: " + name);
            }
        }
    }
}
