package dev.cairn.api.model;

import java.util.List;

/** TagResource: adds tags to a table, replacing the values of keys it has already. */
public record TagResourceRequest(String resourceArn, List<Tag> tags) {}
