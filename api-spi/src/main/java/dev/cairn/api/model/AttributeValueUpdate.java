package dev.cairn.api.model;

/** One entry of the legacy AttributeUpdates parameter: PUT, ADD or DELETE. */
public record AttributeValueUpdate(AttributeValue value, String action) {}
