package dev.cairn.core.legacy;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.Condition;
import java.util.Map;

/** A QueryFilter may not name the key attributes (they belong in KeyConditions), worded for QueryFilter. */
public final class LegacyQueryFilter {

    private LegacyQueryFilter() {}

    /** @param sortKeyName null when there is no sort key */
    public static void rejectKeyAttributes(Map<String, Condition> queryFilter, String partitionKeyName,
            String sortKeyName) {
        if (queryFilter == null) {
            return;
        }
        for (String name : queryFilter.keySet()) {
            if (name.equals(partitionKeyName) || name.equals(sortKeyName)) {
                throw ApiException.validation(
                        "QueryFilter can only contain non-primary key attributes: Primary key attribute: " + name);
            }
        }
    }
}
