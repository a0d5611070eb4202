package dev.cairn.core.transaction;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.AttributeValue;
import dev.cairn.core.item.ItemSize;
import java.util.List;
import java.util.Map;

/**
 * TransactGetItems' 4 MB limit: DynamoDB cancels a read transaction whose items add up to more than
 * 4 MB (AWS, TransactGetItems: "The aggregate size of the items in the transaction exceeded 4 MB"),
 * where 100 items of 400 KB would otherwise make a 40 MB answer. DynamoDB's wording is not
 * published; this is DynamoDB Local 3.3.1's, which appends the size it counted.
 */
final class ResponseSize {

    static final long MAX_TRANSACT_GET_BYTES = 4L * 1024 * 1024;
    static final String TOO_LARGE = "Payload in response is too large.";

    private ResponseSize() {}

    static void checkTransactGet(List<Map<String, AttributeValue>> items) {
        long total = 0;
        for (Map<String, AttributeValue> item : items) {
            total += item == null ? 0 : ItemSize.of(item);
            if (total > MAX_TRANSACT_GET_BYTES) {
                throw ApiException.validation(TOO_LARGE);
            }
        }
    }
}
