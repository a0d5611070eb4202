package dev.cairn.api.model;

/** One change of UpdateTable's GlobalSecondaryIndexUpdates: exactly one of the three is set. */
public record GlobalSecondaryIndexUpdate(GlobalSecondaryIndex create, Update update, Delete delete) {

    /** Changes an index's provisioned throughput. */
    public record Update(String indexName, ProvisionedThroughput provisionedThroughput) {}

    /** Removes an index. */
    public record Delete(String indexName) {}
}
