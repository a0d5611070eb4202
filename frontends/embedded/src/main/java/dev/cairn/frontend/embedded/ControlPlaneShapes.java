package dev.cairn.frontend.embedded;

import dev.cairn.api.model.Tag;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsDescription;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeEndpointsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeLimitsResponse;
import software.amazon.awssdk.services.dynamodb.model.Endpoint;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryDescription;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UntagResourceRequest;

/** Tagging, DescribeLimits, DescribeEndpoints and DescribeContinuousBackups, between the SDK's model and Cairn's. */
final class ControlPlaneShapes {

    /** An in-process client has no network address; it names the loopback host. */
    static final String EMBEDDED_ADDRESS = "localhost";

    private ControlPlaneShapes() {}

    static dev.cairn.api.model.TagResourceRequest toCairn(TagResourceRequest r) {
        return new dev.cairn.api.model.TagResourceRequest(r.resourceArn(),
                Absent.list(r.hasTags(), r.tags(), t -> new Tag(t.key(), t.value())));
    }

    static dev.cairn.api.model.UntagResourceRequest toCairn(UntagResourceRequest r) {
        return new dev.cairn.api.model.UntagResourceRequest(r.resourceArn(),
                Absent.list(r.hasTagKeys(), r.tagKeys(), key -> key));
    }

    static dev.cairn.api.model.ListTagsOfResourceRequest toCairn(ListTagsOfResourceRequest r) {
        return new dev.cairn.api.model.ListTagsOfResourceRequest(r.resourceArn(), r.nextToken());
    }

    static dev.cairn.api.model.DescribeContinuousBackupsRequest toCairn(DescribeContinuousBackupsRequest r) {
        return new dev.cairn.api.model.DescribeContinuousBackupsRequest(r.tableName());
    }

    static ListTagsOfResourceResponse toSdk(dev.cairn.api.model.ListTagsOfResourceResponse r) {
        List<software.amazon.awssdk.services.dynamodb.model.Tag> tags = r.tags().stream()
                .map(t -> software.amazon.awssdk.services.dynamodb.model.Tag.builder().key(t.key()).value(t.value()).build())
                .toList();
        return ListTagsOfResourceResponse.builder().tags(tags).nextToken(r.nextToken()).build();
    }

    static DescribeLimitsResponse toSdk(dev.cairn.api.model.DescribeLimitsResponse r) {
        return DescribeLimitsResponse.builder()
                .accountMaxReadCapacityUnits(r.accountMaxReadCapacityUnits())
                .accountMaxWriteCapacityUnits(r.accountMaxWriteCapacityUnits())
                .tableMaxReadCapacityUnits(r.tableMaxReadCapacityUnits())
                .tableMaxWriteCapacityUnits(r.tableMaxWriteCapacityUnits())
                .build();
    }

    static DescribeEndpointsResponse toSdk(dev.cairn.api.model.DescribeEndpointsResponse r) {
        return DescribeEndpointsResponse.builder()
                .endpoints(r.endpoints().stream()
                        .map(e -> Endpoint.builder().address(e.address()).cachePeriodInMinutes(e.cachePeriodInMinutes()).build())
                        .toList())
                .build();
    }

    static DescribeContinuousBackupsResponse toSdk(dev.cairn.api.model.DescribeContinuousBackupsResponse r) {
        return DescribeContinuousBackupsResponse.builder()
                .continuousBackupsDescription(ContinuousBackupsDescription.builder()
                        .continuousBackupsStatus(r.continuousBackupsStatus())
                        .pointInTimeRecoveryDescription(PointInTimeRecoveryDescription.builder()
                                .pointInTimeRecoveryStatus(r.pointInTimeRecoveryStatus()).build())
                        .build())
                .build();
    }
}
