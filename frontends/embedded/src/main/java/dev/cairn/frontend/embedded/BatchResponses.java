package dev.cairn.frontend.embedded;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;

/**
 * BatchGetItem and BatchWriteItem answers, Cairn to SDK. UnprocessedKeys and UnprocessedItems are
 * always present, {@code {}} when everything was done, as DynamoDB sends them.
 */
final class BatchResponses {

    private BatchResponses() {}

    static BatchGetItemResponse toSdk(dev.cairn.api.model.BatchGetItemResponse r) {
        return BatchGetItemResponse.builder()
                .responses(Absent.map(r.responses(), AttributeValues::itemsToSdk))
                .unprocessedKeys(r.unprocessedKeys() == null ? Map.of()
                        : Absent.map(r.unprocessedKeys(), BatchShapes::toSdk))
                .consumedCapacity(Absent.list(r.consumedCapacity(), Capacities::toSdk))
                .build();
    }

    static BatchWriteItemResponse toSdk(dev.cairn.api.model.BatchWriteItemResponse r) {
        return BatchWriteItemResponse.builder()
                .unprocessedItems(r.unprocessedItems() == null ? Map.of()
                        : Absent.map(r.unprocessedItems(), writes -> Absent.list(writes, BatchShapes::toSdk)))
                .itemCollectionMetrics(Absent.map(r.itemCollectionMetrics(),
                        metrics -> Absent.list(metrics, Capacities::toSdk)))
                .consumedCapacity(Absent.list(r.consumedCapacity(), Capacities::toSdk))
                .build();
    }
}
