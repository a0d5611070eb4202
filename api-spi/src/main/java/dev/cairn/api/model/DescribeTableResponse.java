package dev.cairn.api.model;

/** DescribeTable's answer. */
public record DescribeTableResponse(TableDescription table) {}
