package dev.cairn.frontend.embedded;

import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Query and Scan answers, Cairn to SDK. Items is present except for Select COUNT (as on the wire),
 * and LastEvaluatedKey only when there is more, which is what the SDK's paginators stop on.
 */
final class QueryScanResponses {

    private QueryScanResponses() {}

    static QueryResponse toSdk(dev.cairn.api.model.QueryResponse r) {
        return QueryResponse.builder()
                .items(r.items() == null ? null : AttributeValues.itemsToSdk(r.items()))
                .count(r.count())
                .scannedCount(r.scannedCount())
                .lastEvaluatedKey(AttributeValues.toSdk(r.lastEvaluatedKey()))
                .consumedCapacity(Capacities.toSdk(r.consumedCapacity()))
                .build();
    }

    static ScanResponse toSdk(dev.cairn.api.model.ScanResponse r) {
        return ScanResponse.builder()
                .items(r.items() == null ? null : AttributeValues.itemsToSdk(r.items()))
                .count(r.count())
                .scannedCount(r.scannedCount())
                .lastEvaluatedKey(AttributeValues.toSdk(r.lastEvaluatedKey()))
                .consumedCapacity(Capacities.toSdk(r.consumedCapacity()))
                .build();
    }
}
