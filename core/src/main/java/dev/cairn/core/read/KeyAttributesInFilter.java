package dev.cairn.core.read;

import dev.cairn.api.ApiException;
import dev.cairn.core.expression.ConditionExpression;
import dev.cairn.core.expression.DocumentPath;
import dev.cairn.core.table.TableMetadata;

/** A Query's filter may not name the table's key attributes: DynamoDB wants them in the key condition. */
final class KeyAttributesInFilter {

    private KeyAttributesInFilter() {}

    static void reject(TableMetadata table, ConditionExpression filter) {
        for (DocumentPath path : filter.paths()) {
            if (table.keyAttribute(path.attributeName()) != null) {
                throw ApiException.validation("Filter Expression can only contain non-primary key attributes: "
                        + "Primary key attribute: " + path.attributeName());
            }
        }
    }
}
