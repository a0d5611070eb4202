package dev.cairn.api.model;

/** DescribeLimits: the provisioned-capacity quotas of the account and of one table. */
public record DescribeLimitsResponse(long accountMaxReadCapacityUnits, long accountMaxWriteCapacityUnits,
        long tableMaxReadCapacityUnits, long tableMaxWriteCapacityUnits) {

    /**
     * DynamoDB's default quotas per region: 80,000 read and write units per account, 40,000 per
     * table (AWS "Service, account, and table quotas in Amazon DynamoDB").
     */
    public static DescribeLimitsResponse dynamoDbDefaults() {
        return new DescribeLimitsResponse(80_000, 80_000, 40_000, 40_000);
    }
}
