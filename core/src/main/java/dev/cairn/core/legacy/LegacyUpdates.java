package dev.cairn.core.legacy;

import dev.cairn.api.model.AttributeValue;
import dev.cairn.api.model.AttributeValueUpdate;
import dev.cairn.core.expression.DocumentPath;
import dev.cairn.core.expression.UpdateExpression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates UpdateItem's legacy AttributeUpdates into the engine's UpdateExpression. Entries are
 * validated in request order when translated; type clashes with the stored item surface from
 * {@link UpdateExpression#apply} as DynamoDB's runtime "Type mismatch for attribute to update".
 * Targets are the top-level attributes named, so the engine's key-attribute check ("Cannot update
 * attribute pk. This attribute is part of the key") and UPDATED_OLD/UPDATED_NEW work unchanged.
 */
public final class LegacyUpdates {

    private LegacyUpdates() {}

    /**
     * @param updates null or empty when the request has none
     * @return the update, or null when there is none
     * @throws dev.cairn.api.ApiException ValidationException with DynamoDB's message
     */
    public static UpdateExpression of(Map<String, AttributeValueUpdate> updates) {
        if (updates == null || updates.isEmpty()) {
            return null;
        }
        List<AttributeUpdate> entries = new ArrayList<>();
        updates.forEach((name, update) -> entries.add(AttributeUpdate.of(name, update)));
        List<DocumentPath> targets = entries.stream().map(e -> DocumentPath.of(e.attribute())).toList();
        boolean removesOnly = entries.stream().allMatch(e -> e.action() == AttributeUpdate.Action.DELETE);
        return new UpdateExpression() {
            @Override
            public Map<String, AttributeValue> apply(Map<String, AttributeValue> itemOrEmpty) {
                Map<String, AttributeValue> result = new LinkedHashMap<>(itemOrEmpty);
                entries.forEach(entry -> applyOne(entry, result));
                return result;
            }

            @Override
            public List<DocumentPath> targets() {
                return targets;
            }

            @Override
            public boolean removesOnly() {
                return removesOnly;
            }
        };
    }

    private static void applyOne(AttributeUpdate entry, Map<String, AttributeValue> item) {
        AttributeValue old = item.get(entry.attribute());
        AttributeValue updated = switch (entry.action()) {
            case PUT -> entry.value();
            case ADD -> UpdateActions.add(old, entry.value());
            case DELETE -> entry.value() == null ? null : UpdateActions.delete(old, entry.value());
        };
        if (updated == null) {
            item.remove(entry.attribute());
        } else {
            item.put(entry.attribute(), updated);
        }
    }
}
