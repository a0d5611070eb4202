package dev.cairn.core.legacy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.Condition;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A QueryFilter may not name the key attributes (they belong in KeyConditions), worded for QueryFilter. */
public final class LegacyQueryFilter {

    private LegacyQueryFilter() {}

    /** @param sortKeyName null when there is no sort key */
    public static void rejectKeyAttributes(Map<String, Condition> queryFilter, String partitionKeyName,
            String sortKeyName) {
        rejectKeyAttributes(queryFilter, sortKeyName == null ? List.of(partitionKeyName)
                : List.of(partitionKeyName, sortKeyName));
    }

    /** @param keyNames every key attribute of what the Query reads */
    public static void rejectKeyAttributes(Map<String, Condition> queryFilter, Collection<String> keyNames) {
        if (queryFilter == null) {
            return;
        }
        for (String name : queryFilter.keySet()) {
            if (keyNames.contains(name)) {
                throw ApiException.validation(
                        "QueryFilter can only contain non-primary key attributes: Primary key attribute: " + name);
            }
        }
    }
}
