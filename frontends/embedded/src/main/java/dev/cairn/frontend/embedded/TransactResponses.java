package dev.cairn.frontend.embedded;

import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * TransactWriteItems and TransactGetItems answers, Cairn to SDK. A Get that found nothing is an
 * empty ItemResponse ({@code hasItem()} false), as DynamoDB's {@code {}} unmarshals; responses
 * keep request order.
 */
final class TransactResponses {

    private TransactResponses() {}

    static TransactWriteItemsResponse toSdk(dev.cairn.api.model.TransactWriteItemsResponse r) {
        return TransactWriteItemsResponse.builder()
                .consumedCapacity(Absent.list(r.consumedCapacity(), Capacities::toSdk))
                .itemCollectionMetrics(Absent.map(r.itemCollectionMetrics(),
                        metrics -> Absent.list(metrics, Capacities::toSdk)))
                .build();
    }

    static TransactGetItemsResponse toSdk(dev.cairn.api.model.TransactGetItemsResponse r) {
        return TransactGetItemsResponse.builder()
                .consumedCapacity(Absent.list(r.consumedCapacity(), Capacities::toSdk))
                .responses(Absent.list(r.responses(), TransactResponses::toSdk))
                .build();
    }

    private static ItemResponse toSdk(dev.cairn.api.model.ItemResponse response) {
        return ItemResponse.builder().item(AttributeValues.toSdk(response.item())).build();
    }
}
