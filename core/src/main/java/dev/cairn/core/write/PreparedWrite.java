package dev.cairn.core.write;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.expression.ConditionExpression;
import dev.cairn.core.expression.DocumentPath;
import dev.cairn.core.table.StorageKey;
import dev.cairn.core.table.TableMetadata;
import java.util.List;
import java.util.Map;

/**
 * A single-item write after validation, ready to run: the item's table and key and the pure
 * mutation to apply. PutItem, UpdateItem, DeleteItem and each TransactWriteItems action share it,
 * so a transaction checks and changes an item exactly as the single-item operation would.
 *
 * @param item the whole item of a put, else null
 * @param condition the parsed condition, or null
 * @param targets the paths an update writes (for its ReturnValues), else empty
 */
public record PreparedWrite(TableMetadata table, StorageKey key, ItemMutation mutation, Map<String, AttributeValue> item,
        ConditionExpression condition, List<DocumentPath> targets) {}
