package dev.cairn.core.batch;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.KeysAndAttributes;
import dev.cairn.api.model.WriteRequest;
import java.util.List;
import java.util.Map;

/**
 * A table of RequestItems sent as null, or a null among a table's write requests. DynamoDB's
 * constraint checks do not look inside a null structure or list, so these reach the operation's
 * own checks, which refuse them rather than skip the table; the sentences are DynamoDB Local
 * 3.3.1's (its error table: BATCH_WRITE_REQUEST_NULL, BATCH_GET_NULL_OR_EMPTY_KAS).
 */
final class BatchNullEntries {

    private BatchNullEntries() {}

    static void requireKeys(String table, KeysAndAttributes keys) {
        if (keys == null) {
            throw ApiException.validation("The list of keys in RequestItems for BatchGetItem is required: " + table
                    + " has empty list");
        }
    }

    static void requireWriteLists(Map<String, List<WriteRequest>> requestItems) {
        for (Map.Entry<String, List<WriteRequest>> entry : requestItems.entrySet()) {
            if (entry.getValue() == null) {
                throw ApiException.validation("The batch write request list for a table cannot be null or empty: "
                        + entry.getKey());
            }
            for (WriteRequest request : entry.getValue()) {
                if (request == null) {
                    throw ApiException.validation("The batch write request list for a table cannot be null or empty");
                }
            }
        }
    }
}
