package dev.cairn.frontend.http.json;

import dev.cairn.api.model.DescribeContinuousBackupsResponse;
import dev.cairn.api.model.DescribeEndpointsResponse;
import dev.cairn.api.model.DescribeLimitsResponse;
import dev.cairn.api.model.ListTagsOfResourceResponse;
import dev.cairn.api.model.Tag;

/** Writes the answers of the tagging operations, DescribeLimits, DescribeEndpoints and DescribeContinuousBackups. */
public final class ControlPlaneResponseWriter {

    private ControlPlaneResponseWriter() {}

    /** TagResource and UntagResource answer an empty object. */
    public static void empty(JsonOut out, Object none) {
        // no members
    }

    /** Tags is always present, as {@code []} when the table has none (dynalite test/listTagsOfResource.js). */
    public static void listTagsOfResource(JsonOut out, ListTagsOfResourceResponse r) {
        out.list("Tags", r.tags(), ControlPlaneResponseWriter::tag);
        out.string("NextToken", r.nextToken());
    }

    public static void describeLimits(JsonOut out, DescribeLimitsResponse r) {
        out.number("AccountMaxReadCapacityUnits", r.accountMaxReadCapacityUnits());
        out.number("AccountMaxWriteCapacityUnits", r.accountMaxWriteCapacityUnits());
        out.number("TableMaxReadCapacityUnits", r.tableMaxReadCapacityUnits());
        out.number("TableMaxWriteCapacityUnits", r.tableMaxWriteCapacityUnits());
    }

    public static void describeEndpoints(JsonOut out, DescribeEndpointsResponse r) {
        out.list("Endpoints", r.endpoints(), (o, e) -> o.object(e, (m, v) -> {
            m.string("Address", v.address());
            m.number("CachePeriodInMinutes", v.cachePeriodInMinutes());
        }));
    }

    public static void describeContinuousBackups(JsonOut out, DescribeContinuousBackupsResponse r) {
        out.object("ContinuousBackupsDescription", r, (o, v) -> {
            o.string("ContinuousBackupsStatus", v.continuousBackupsStatus());
            o.object("PointInTimeRecoveryDescription", v, (p, w) ->
                    p.string("PointInTimeRecoveryStatus", w.pointInTimeRecoveryStatus()));
        });
    }

    private static void tag(JsonOut out, Tag tag) {
        out.object(tag, (o, v) -> {
            o.string("Key", v.key());
            o.string("Value", v.value());
        });
    }
}
