package dev.cairn.api.model;

/** DeleteTable's answer. */
public record DeleteTableResponse(TableDescription tableDescription) {}
