package dev.cairn.api.model;

import java.util.List;

/** UntagResource: removes the tags of these keys; keys the table does not have are ignored. */
public record UntagResourceRequest(String resourceArn, List<String> tagKeys) {}
