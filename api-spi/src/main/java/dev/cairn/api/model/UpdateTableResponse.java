package dev.cairn.api.model;

/** UpdateTable's answer. */
public record UpdateTableResponse(TableDescription tableDescription) {}
