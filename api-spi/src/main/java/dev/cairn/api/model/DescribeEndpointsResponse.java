package dev.cairn.api.model;

import java.util.List;

/** DescribeEndpoints: where to send requests, and for how long a client may remember it. */
public record DescribeEndpointsResponse(List<Endpoint> endpoints) {

    /** One endpoint: a host (and port), no scheme. */
    public record Endpoint(String address, long cachePeriodInMinutes) {}

    /** DynamoDB answers one endpoint, cacheable for a day. */
    public static DescribeEndpointsResponse of(String address) {
        return new DescribeEndpointsResponse(List.of(new Endpoint(address, 1440)));
    }
}
