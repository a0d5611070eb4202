package dev.cairn.frontend.embedded;

import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;

/** The accounting parts of answers (ConsumedCapacity, ItemCollectionMetrics), Cairn to SDK. */
final class Capacities {

    private Capacities() {}

    static ConsumedCapacity toSdk(dev.cairn.api.model.ConsumedCapacity c) {
        return c == null ? null : ConsumedCapacity.builder()
                .tableName(c.tableName())
                .capacityUnits(c.capacityUnits())
                .readCapacityUnits(c.readCapacityUnits())
                .writeCapacityUnits(c.writeCapacityUnits())
                .table(toSdk(c.table()))
                .localSecondaryIndexes(Absent.map(c.localSecondaryIndexes(), Capacities::toSdk))
                .globalSecondaryIndexes(Absent.map(c.globalSecondaryIndexes(), Capacities::toSdk))
                .build();
    }

    static ItemCollectionMetrics toSdk(dev.cairn.api.model.ItemCollectionMetrics m) {
        return m == null ? null : ItemCollectionMetrics.builder()
                .itemCollectionKey(AttributeValues.toSdk(m.itemCollectionKey()))
                .sizeEstimateRangeGB(m.sizeEstimateRangeGB())
                .build();
    }

    private static Capacity toSdk(dev.cairn.api.model.Capacity c) {
        return c == null ? null : Capacity.builder().readCapacityUnits(c.readCapacityUnits())
                .writeCapacityUnits(c.writeCapacityUnits()).capacityUnits(c.capacityUnits()).build();
    }
}
