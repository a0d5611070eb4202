package dev.cairn.api.model;

/** Whether a table has a stream, and what its records carry. */
public record StreamSpecification(Boolean streamEnabled, String streamViewType) {}
