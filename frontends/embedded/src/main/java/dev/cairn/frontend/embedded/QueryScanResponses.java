package dev.cairn.frontend.embedded;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Query and Scan answers, Cairn to SDK. Items is always present (DynamoDB sends {@code []}), and
 * LastEvaluatedKey only when there is more, which is what the SDK's paginators stop on.
 */
final class QueryScanResponses {

    private QueryScanResponses() {}

    static QueryResponse toSdk(dev.cairn.api.model.QueryResponse r) {
        return QueryResponse.builder()
                .items(r.items() == null ? List.of() : AttributeValues.itemsToSdk(r.items()))
                .count(r.count())
                .scannedCount(r.scannedCount())
                .lastEvaluatedKey(AttributeValues.toSdk(r.lastEvaluatedKey()))
                .consumedCapacity(Capacities.toSdk(r.consumedCapacity()))
                .build();
    }

    static ScanResponse toSdk(dev.cairn.api.model.ScanResponse r) {
        return ScanResponse.builder()
                .items(r.items() == null ? List.of() : AttributeValues.itemsToSdk(r.items()))
                .count(r.count())
                .scannedCount(r.scannedCount())
                .lastEvaluatedKey(AttributeValues.toSdk(r.lastEvaluatedKey()))
                .consumedCapacity(Capacities.toSdk(r.consumedCapacity()))
                .build();
    }
}
