package dev.cairn.api.model;

import java.util.List;

/** One page of a table's tags; {@code nextToken} is null on the last page. */
public record ListTagsOfResourceResponse(List<Tag> tags, String nextToken) {}
