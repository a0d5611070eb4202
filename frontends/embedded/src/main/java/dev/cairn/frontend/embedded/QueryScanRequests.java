package dev.cairn.frontend.embedded;

import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** Query and Scan requests, SDK to Cairn. */
final class QueryScanRequests {

    private QueryScanRequests() {}

    static dev.cairn.api.model.QueryRequest toCairn(QueryRequest r) {
        return new dev.cairn.api.model.QueryRequest(r.tableName(), r.indexName(),
                r.keyConditionExpression(), r.filterExpression(), r.projectionExpression(),
                Absent.unless(r.hasExpressionAttributeNames(), r.expressionAttributeNames()),
                AttributeValues.toCairn(r.hasExpressionAttributeValues(), r.expressionAttributeValues()),
                r.selectAsString(), r.limit(), r.consistentRead(), r.scanIndexForward(),
                AttributeValues.toCairn(r.hasExclusiveStartKey(), r.exclusiveStartKey()),
                r.returnConsumedCapacityAsString(),
                Absent.unless(r.hasAttributesToGet(), r.attributesToGet()),
                LegacyParameters.conditions(r.hasKeyConditions(), r.keyConditions()),
                LegacyParameters.conditions(r.hasQueryFilter(), r.queryFilter()),
                r.conditionalOperatorAsString());
    }

    static dev.cairn.api.model.ScanRequest toCairn(ScanRequest r) {
        return new dev.cairn.api.model.ScanRequest(r.tableName(), r.indexName(),
                r.filterExpression(), r.projectionExpression(),
                Absent.unless(r.hasExpressionAttributeNames(), r.expressionAttributeNames()),
                AttributeValues.toCairn(r.hasExpressionAttributeValues(), r.expressionAttributeValues()),
                r.selectAsString(), r.limit(), r.consistentRead(),
                AttributeValues.toCairn(r.hasExclusiveStartKey(), r.exclusiveStartKey()),
                r.segment(), r.totalSegments(), r.returnConsumedCapacityAsString(),
                Absent.unless(r.hasAttributesToGet(), r.attributesToGet()),
                LegacyParameters.conditions(r.hasScanFilter(), r.scanFilter()),
                r.conditionalOperatorAsString());
    }
}
