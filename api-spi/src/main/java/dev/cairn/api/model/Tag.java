package dev.cairn.api.model;

/** A key-value tag on a resource. */
public record Tag(String key, String value) {}
