package dev.cairn.frontend.http;

import java.util.Set;

/**
 * Every operation of DynamoDB's APIs (targets {@code DynamoDB_20120810} and
 * {@code DynamoDBStreams_20120810}, as the AWS SDK for Java v2 2.x models them). One of these that
 * Cairn does not serve is answered as DynamoDB answers an unknown operation, but with a message
 * naming it, so that SDKs print more than "UnknownError"; docs/compatibility.md lists them.
 */
final class KnownOperations {

    static final Set<String> DYNAMODB = Set.of(
            "BatchExecuteStatement", "BatchGetItem", "BatchWriteItem", "CreateBackup", "CreateGlobalTable",
            "CreateTable", "DeleteBackup", "DeleteItem", "DeleteResourcePolicy", "DeleteTable", "DescribeBackup",
            "DescribeContinuousBackups", "DescribeContributorInsights", "DescribeEndpoints", "DescribeExport",
            "DescribeGlobalTable", "DescribeGlobalTableSettings", "DescribeImport",
            "DescribeKinesisStreamingDestination", "DescribeLimits", "DescribeTable",
            "DescribeTableReplicaAutoScaling", "DescribeTimeToLive", "DisableKinesisStreamingDestination",
            "EnableKinesisStreamingDestination", "ExecuteStatement", "ExecuteTransaction",
            "ExportTableToPointInTime", "GetItem", "GetResourcePolicy", "ImportTable", "ListBackups",
            "ListContributorInsights", "ListExports", "ListGlobalTables", "ListImports", "ListTables",
            "ListTagsOfResource", "PutItem", "PutResourcePolicy", "Query", "RestoreTableFromBackup",
            "RestoreTableToPointInTime", "Scan", "TagResource", "TransactGetItems", "TransactWriteItems",
            "UntagResource", "UpdateContinuousBackups", "UpdateContributorInsights", "UpdateGlobalTable",
            "UpdateGlobalTableSettings", "UpdateItem", "UpdateKinesisStreamingDestination", "UpdateTable",
            "UpdateTableReplicaAutoScaling", "UpdateTimeToLive");

    static final Set<String> STREAMS = Set.of("DescribeStream", "GetRecords", "GetShardIterator", "ListStreams");

    private KnownOperations() {}
}
