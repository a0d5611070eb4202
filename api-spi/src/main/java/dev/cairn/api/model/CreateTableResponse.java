package dev.cairn.api.model;

/** CreateTable's answer. */
public record CreateTableResponse(TableDescription tableDescription) {}
