package dev.cairn.tck.api;

/** Optional DynamoDB features a target may lack. A test needing one declares it with {@link Requires}. */
public enum Capability {
    /** TransactWriteItems and TransactGetItems. */
    TRANSACTIONS,
    /** Global and local secondary indexes. */
    SECONDARY_INDEXES,
    /** UpdateTimeToLive and DescribeTimeToLive. */
    TTL,
    /** StreamSpecification on tables. */
    STREAMS
}
