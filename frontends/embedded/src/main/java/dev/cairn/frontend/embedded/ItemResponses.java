package dev.cairn.frontend.embedded;

import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** Single-item answers, Cairn to SDK; a null item or attributes map stays absent ({@code hasItem()} false). */
final class ItemResponses {

    private ItemResponses() {}

    static PutItemResponse toSdk(dev.cairn.api.model.PutItemResponse r) {
        return PutItemResponse.builder()
                .attributes(AttributeValues.toSdk(r.attributes()))
                .consumedCapacity(Capacities.toSdk(r.consumedCapacity()))
                .itemCollectionMetrics(Capacities.toSdk(r.itemCollectionMetrics()))
                .build();
    }

    static GetItemResponse toSdk(dev.cairn.api.model.GetItemResponse r) {
        return GetItemResponse.builder()
                .item(AttributeValues.toSdk(r.item()))
                .consumedCapacity(Capacities.toSdk(r.consumedCapacity()))
                .build();
    }

    static UpdateItemResponse toSdk(dev.cairn.api.model.UpdateItemResponse r) {
        return UpdateItemResponse.builder()
                .attributes(AttributeValues.toSdk(r.attributes()))
                .consumedCapacity(Capacities.toSdk(r.consumedCapacity()))
                .itemCollectionMetrics(Capacities.toSdk(r.itemCollectionMetrics()))
                .build();
    }

    static DeleteItemResponse toSdk(dev.cairn.api.model.DeleteItemResponse r) {
        return DeleteItemResponse.builder()
                .attributes(AttributeValues.toSdk(r.attributes()))
                .consumedCapacity(Capacities.toSdk(r.consumedCapacity()))
                .itemCollectionMetrics(Capacities.toSdk(r.itemCollectionMetrics()))
                .build();
    }
}
