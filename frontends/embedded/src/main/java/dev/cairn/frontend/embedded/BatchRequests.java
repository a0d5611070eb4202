package dev.cairn.frontend.embedded;

import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;

/** BatchGetItem and BatchWriteItem requests, SDK to Cairn. */
final class BatchRequests {

    private BatchRequests() {}

    static dev.cairn.api.model.BatchGetItemRequest toCairn(BatchGetItemRequest r) {
        return new dev.cairn.api.model.BatchGetItemRequest(
                Absent.map(r.hasRequestItems(), r.requestItems(), BatchShapes::toCairn),
                r.returnConsumedCapacityAsString());
    }

    static dev.cairn.api.model.BatchWriteItemRequest toCairn(BatchWriteItemRequest r) {
        return new dev.cairn.api.model.BatchWriteItemRequest(
                Absent.map(r.hasRequestItems(), r.requestItems(), writes -> Absent.list(writes, BatchShapes::toCairn)),
                r.returnConsumedCapacityAsString(), r.returnItemCollectionMetricsAsString());
    }
}
