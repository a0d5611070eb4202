package dev.cairn.frontend.http.json;

import dev.cairn.api.model.DescribeContinuousBackupsRequest;
import dev.cairn.api.model.ListTagsOfResourceRequest;
import dev.cairn.api.model.Tag;
import dev.cairn.api.model.TagResourceRequest;
import dev.cairn.api.model.UntagResourceRequest;

/** Reads the tagging requests, DescribeContinuousBackups, and the member-less DescribeLimits and DescribeEndpoints. */
public final class ControlPlaneRequestReader {

    private static final Schema TAG = Schema.builder()
            .member("Key", WireReader::string)
            .member("Value", WireReader::string)
            .build();
    private static final Schema TAG_RESOURCE = Schema.builder()
            .member("ResourceArn", WireReader::string)
            .member("Tags", ControlPlaneRequestReader::tags)
            .build();
    private static final Schema UNTAG_RESOURCE = Schema.builder()
            .member("ResourceArn", WireReader::string)
            .member("TagKeys", r -> r.list(WireReader::string))
            .build();
    private static final Schema LIST_TAGS = Schema.builder()
            .member("ResourceArn", WireReader::string)
            .member("NextToken", WireReader::string)
            .build();
    private static final Schema TABLE_NAME_ONLY = Schema.builder()
            .member("TableName", WireReader::string)
            .build();
    private static final Schema NO_MEMBERS = Schema.builder().build();

    private ControlPlaneRequestReader() {}

    /** A list of tags, as TagResource and CreateTable send them. */
    static java.util.List<Tag> tags(WireReader r) {
        return r.list(e -> e.struct(TAG, m -> new Tag(m.get("Key"), m.get("Value"))));
    }

    public static TagResourceRequest tagResource(WireReader r) {
        return r.root(TAG_RESOURCE, m -> new TagResourceRequest(m.get("ResourceArn"), m.get("Tags")));
    }

    public static UntagResourceRequest untagResource(WireReader r) {
        return r.root(UNTAG_RESOURCE, m -> new UntagResourceRequest(m.get("ResourceArn"), m.get("TagKeys")));
    }

    public static ListTagsOfResourceRequest listTagsOfResource(WireReader r) {
        return r.root(LIST_TAGS, m -> new ListTagsOfResourceRequest(m.get("ResourceArn"), m.get("NextToken")));
    }

    public static DescribeContinuousBackupsRequest describeContinuousBackups(WireReader r) {
        return r.root(TABLE_NAME_ONLY, m -> new DescribeContinuousBackupsRequest(m.get("TableName")));
    }

    /** A request with no members of interest (DescribeLimits, DescribeEndpoints): only its shape is checked. */
    public static Boolean noMembers(WireReader r) {
        return r.root(NO_MEMBERS, m -> Boolean.TRUE);
    }
}
