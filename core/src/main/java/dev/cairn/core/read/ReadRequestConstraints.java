package dev.cairn.core.read;

import dev.cairn.api.ApiException;
import dev.cairn.api.model.GetItemRequest;
import dev.cairn.api.model.QueryRequest;
import dev.cairn.api.model.ScanRequest;
import dev.cairn.core.legacy.LegacyOperatorConstraints;
import dev.cairn.core.validation.ConstraintViolations;
import dev.cairn.core.validation.Enums;

/**
 * The first validation stage of GetItem, Query and Scan: every member constraint, all violations
 * listed together in the order DynamoDB lists them (the member order of dynalite's
 * validations/getItem.js, query.js and scan.js, whose messages were captured from DynamoDB). Then
 * Scan's Segment and TotalSegments rules, worded as DynamoDB words them (wording:
 * nubo-db/dynamodb-conformance tests/tier3/error-messages/scan.test.ts).
 */
final class ReadRequestConstraints {

    static final int MAX_TOTAL_SEGMENTS = 1_000_000;

    private ReadRequestConstraints() {}

    static void check(GetItemRequest request) {
        new ConstraintViolations()
                .oneOf("returnConsumedCapacity", request.returnConsumedCapacity(), Enums.RETURN_CONSUMED_CAPACITY)
                .size("attributesToGet", request.attributesToGet(), 1, Integer.MAX_VALUE)
                .tableName("tableName", request.tableName())
                .notNull("key", request.key())
                .throwIfAny();
    }

    static void check(QueryRequest request) {
        ConstraintViolations violations = new ConstraintViolations()
                .oneOf("select", request.select(), Enums.SELECT)
                .optionalName("indexName", request.indexName())
                .oneOf("returnConsumedCapacity", request.returnConsumedCapacity(), Enums.RETURN_CONSUMED_CAPACITY);
        LegacyOperatorConstraints.conditions(violations, "queryFilter", request.queryFilter());
        violations.tableName("tableName", request.tableName())
                .oneOf("conditionalOperator", request.conditionalOperator(), Enums.CONDITIONAL_OPERATOR)
                .size("attributesToGet", request.attributesToGet(), 1, Integer.MAX_VALUE);
        if (request.limit() != null && request.limit() < 1) {
            // Query's Limit is reported by DynamoDB's newer validation, unechoed and capitalised
            // (wording: nubo-db/dynamodb-conformance tests/tier3/error-messages/query.test.ts "Limit of 0").
            violations.addUnechoed("Limit", "Member must have value greater than or equal to 1");
        }
        LegacyOperatorConstraints.conditions(violations, "keyConditions", request.keyConditions());
        violations.throwIfAny();
    }

    static void check(ScanRequest request) {
        ConstraintViolations violations = new ConstraintViolations()
                .oneOf("select", request.select(), Enums.SELECT)
                .optionalName("indexName", request.indexName())
                .atLeast("totalSegments", request.totalSegments(), 1)
                .atMost("totalSegments", request.totalSegments(), MAX_TOTAL_SEGMENTS)
                .oneOf("returnConsumedCapacity", request.returnConsumedCapacity(), Enums.RETURN_CONSUMED_CAPACITY)
                .tableName("tableName", request.tableName())
                .oneOf("conditionalOperator", request.conditionalOperator(), Enums.CONDITIONAL_OPERATOR);
        LegacyOperatorConstraints.conditions(violations, "scanFilter", request.scanFilter());
        violations.atLeast("segment", request.segment(), 0)
                .atMost("segment", request.segment(), MAX_TOTAL_SEGMENTS - 1L)
                .atLeast("limit", request.limit(), 1)
                .size("attributesToGet", request.attributesToGet(), 1, Integer.MAX_VALUE)
                .throwIfAny();
    }

    /** Segment and TotalSegments come together, and the segment is one of the total. */
    static void checkSegments(ScanRequest request) {
        if (request.segment() != null && request.totalSegments() == null) {
            throw ApiException.validation("The TotalSegments parameter is required but was not present in the request "
                    + "when Segment parameter is present");
        }
        if (request.totalSegments() != null && request.segment() == null) {
            throw ApiException.validation("The Segment parameter is required but was not present in the request "
                    + "when parameter TotalSegments is present");
        }
        if (request.segment() != null && request.segment() >= request.totalSegments()) {
            throw ApiException.validation("The Segment parameter is zero-based and must be less than parameter "
                    + "TotalSegments: Segment: " + request.segment() + " is not less than TotalSegments: "
                    + request.totalSegments());
        }
    }
}
