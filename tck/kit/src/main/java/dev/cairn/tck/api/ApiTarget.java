package dev.cairn.tck.api;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The one seam between the API conformance suites and the thing under test: a client that speaks
 * DynamoDB to it, and what it claims to support. The suites never build clients themselves, so
 * the same tests run embedded, over HTTP, over gRPC or against DynamoDB Local.
 *
 * <p>{@link #client()} may return the same client for every test; the suites never close it.
 * The target may be shared with other runs: every test works in tables only it names.
 */
public interface ApiTarget {

    /** A client pointed at the target. Not closed by the suites. */
    DynamoDbClient client();

    /** What the target supports; tests needing anything else are aborted with the reason. */
    ApiCapabilities capabilities();
}
