package dev.cairn.api.model;

/** ListTagsOfResource, resuming after {@code nextToken} when it is not null. */
public record ListTagsOfResourceRequest(String resourceArn, String nextToken) {}
